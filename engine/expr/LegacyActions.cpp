// Conversion and validation of AttributeUpdates.
#include "expr/LegacyActions.h"

#include "model/WireJson.h"

#include <dynoscope/Error.h>

#include <memory>

namespace dynoscope::expr {

namespace {

using Type = AttributeValue::Type;
namespace json = boost::json;

constexpr const char* kInvalid = "One or more parameter values were invalid: ";

bool isSet(Type t)
{
    return t == Type::SS || t == Type::NS || t == Type::BS;
}

UpdateAction::Kind actionOf(const json::object& update, const std::string& attribute)
{
    const json::value* action = update.if_contains("Action");
    if (!action || action->is_null())
        return UpdateAction::Kind::Set; // PUT is the default
    if (!action->is_string())
        throw Error::serialization("Unexpected value type in payload");
    const std::string_view name = action->get_string();
    if (name == "PUT")
        return UpdateAction::Kind::Set;
    if (name == "ADD")
        return UpdateAction::Kind::Add;
    if (name == "DELETE")
        return UpdateAction::Kind::Delete;
    throw Error::validation("1 validation error detected: Value '" + std::string(name) + "' at 'attributeUpdates."
        + attribute
        + ".member.action' failed to satisfy constraint: Member must satisfy enum value set: "
          "[ADD, PUT, DELETE]");
}

UpdateAction toAction(const std::string& attribute, const json::value& v)
{
    if (v.is_null())
        throw Error::validation("Supplied AttributeValueUpdate is empty, must contain one of the supported actions: "
            + attribute + " is null");
    if (!v.is_object())
        throw Error::serialization("Unexpected value type in payload");
    const json::object& update = v.get_object();
    UpdateAction action;
    action.kind = actionOf(update, attribute);
    action.path.elements.push_back(PathElement { attribute, 0, false, false });
    const json::value* value = update.if_contains("Value");
    if (!value || value->is_null()) {
        if (action.kind != UpdateAction::Kind::Delete)
            throw Error::validation(
                std::string(kInvalid) + "Only DELETE action is allowed when no attribute value is specified");
        action.kind = UpdateAction::Kind::Remove;
        return action;
    }
    action.value.kind = Operand::Kind::Value;
    action.value.value = WireJson::decodeFieldValue(*value);
    const Type type = action.value.value.type();
    const std::string typeName(AttributeValue::typeName(type));
    if (action.kind == UpdateAction::Kind::Delete && !isSet(type))
        throw Error::validation(
            std::string(kInvalid) + "DELETE action with value is not supported for the type " + typeName);
    if (action.kind == UpdateAction::Kind::Add && !isSet(type) && type != Type::N && type != Type::L)
        throw Error::validation(std::string(kInvalid) + "ADD action is not supported for the type " + typeName);
    return action;
}

} // namespace

UpdateExpression LegacyActions::attributeUpdates(const json::object& updates)
{
    auto state = std::make_shared<UpdateExpression::State>();
    state->legacy = true;
    std::vector<Path> paths;
    for (const auto& [key, v] : updates) {
        state->actions.push_back(toAction(std::string(key), v));
        paths.push_back(state->actions.back().path);
        state->tree.add(paths, paths.size() - 1);
    }
    return UpdateExpression(std::move(state));
}

} // namespace dynoscope::expr

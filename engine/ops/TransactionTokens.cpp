// Token bookkeeping and the order-independent request hash.
#include "ops/TransactionTokens.h"

#include <xxhash.h>

#include <algorithm>
#include <vector>

namespace dynoscope::ops {

namespace {

// The JSON text of value with every object's members sorted by name.
void appendCanonical(std::string& out, const boost::json::value& value)
{
    if (value.is_object()) {
        const auto& object = value.get_object();
        std::vector<const boost::json::key_value_pair*> members;
        members.reserve(object.size());
        for (const auto& member : object)
            members.push_back(&member);
        std::sort(members.begin(), members.end(),
                  [](const auto* a, const auto* b) { return a->key() < b->key(); });
        out += '{';
        for (const auto* member : members) {
            if (out.back() != '{')
                out += ',';
            out += boost::json::serialize(boost::json::string_view(member->key()));
            out += ':';
            appendCanonical(out, member->value());
        }
        out += '}';
    } else if (value.is_array()) {
        out += '[';
        bool first = true;
        for (const auto& element : value.get_array()) {
            if (!first)
                out += ',';
            first = false;
            appendCanonical(out, element);
        }
        out += ']';
    } else {
        out += boost::json::serialize(value);
    }
}

} // namespace

TransactionTokens::Hash TransactionTokens::hashOf(const boost::json::value& transactItems)
{
    std::string text;
    appendCanonical(text, transactItems);
    const XXH128_hash_t hash = XXH3_128bits(text.data(), text.size());
    return {hash.low64, hash.high64};
}

void TransactionTokens::forgetExpired(std::int64_t nowMillis)
{
    while (!m_expiries.empty() && m_expiries.front().first <= nowMillis) {
        auto it = m_entries.find(m_expiries.front().second);
        // A token remembered again later has a later expiry: keep it.
        if (it != m_entries.end() && it->second.expiresAt <= nowMillis)
            m_entries.erase(it);
        m_expiries.pop_front();
    }
}

const TransactionTokens::Entry* TransactionTokens::find(const std::string& token, std::int64_t nowMillis)
{
    forgetExpired(nowMillis);
    auto it = m_entries.find(token);
    if (it == m_entries.end() || it->second.expiresAt <= nowMillis)
        return nullptr; // an injected clock may run backwards: check each entry too
    return &it->second;
}

void TransactionTokens::remember(const std::string& token, Entry entry)
{
    m_expiries.emplace_back(entry.expiresAt, token);
    m_entries.insert_or_assign(token, std::move(entry));
}

} // namespace dynoscope::ops

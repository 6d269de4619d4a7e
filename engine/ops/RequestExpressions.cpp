// TEMPORARY until engine/expr lands.
#include "ops/RequestExpressions.h"
#include <dynoscope/Error.h>
namespace dynoscope::ops {
struct RequestExpressions::Impl { const api::RequestReader& r; };
RequestExpressions::RequestExpressions(const api::RequestReader& request) : m_impl(new Impl{request}) {}
RequestExpressions::~RequestExpressions() = default;
std::unique_ptr<Condition> RequestExpressions::condition() { return nullptr; }
std::unique_ptr<Condition> RequestExpressions::filter(std::string_view) { return nullptr; }
std::unique_ptr<Projection> RequestExpressions::projection() { return nullptr; }
std::unique_ptr<Updater> RequestExpressions::updater() { return nullptr; }
KeyConditions RequestExpressions::keyConditions(const KeyAttribute&, const std::optional<KeyAttribute>&) { throw Error::validation("x"); }
void RequestExpressions::finish() {}
}

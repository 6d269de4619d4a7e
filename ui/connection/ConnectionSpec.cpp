// The saved form uses words, not enum numbers, so that reordering an enum
// never changes what a saved connection means.
#include "connection/ConnectionSpec.h"

#include <QSettings>

#include <array>
#include <utility>

namespace dynoscope::ui {

namespace {

using Kind = ConnectionSpec::Kind;

constexpr std::array<std::pair<Kind, const char*>, 3> kKinds = { {
    { Kind::DatabaseFile, "file" },
    { Kind::InMemory, "memory" },
    { Kind::Remote, "remote" },
} };

constexpr std::array<std::pair<CredentialSource, const char*>, 4> kSources = { {
    { CredentialSource::Environment, "environment" },
    { CredentialSource::Profile, "profile" },
    { CredentialSource::Typed, "typed" },
    { CredentialSource::Placeholder, "placeholder" },
} };

template <typename Enum, std::size_t N>
QString wordFor(const std::array<std::pair<Enum, const char*>, N>& words, Enum value)
{
    for (const auto& [candidate, word] : words) {
        if (candidate == value)
            return QLatin1String(word);
    }
    return {};
}

template <typename Enum, std::size_t N>
Enum valueFor(const std::array<std::pair<Enum, const char*>, N>& words, const QString& word, Enum fallback)
{
    for (const auto& [candidate, candidateWord] : words) {
        if (word == QLatin1String(candidateWord))
            return candidate;
    }
    return fallback;
}

} // namespace

void ConnectionSpec::save(QSettings& settings) const
{
    const Kind savedKind = kind == Kind::NewDatabaseFile ? Kind::DatabaseFile : kind;
    settings.setValue(QStringLiteral("kind"), wordFor(kKinds, savedKind));
    settings.setValue(QStringLiteral("path"), filePath);
    settings.setValue(QStringLiteral("endpointUrl"), endpointUrl);
    settings.setValue(QStringLiteral("region"), region);
    settings.setValue(QStringLiteral("credentials"), wordFor(kSources, credentialSource));
    settings.setValue(QStringLiteral("profile"), profile);
}

ConnectionSpec ConnectionSpec::load(const QSettings& settings)
{
    ConnectionSpec spec;
    spec.kind = valueFor(kKinds, settings.value(QStringLiteral("kind")).toString(), Kind::InMemory);
    spec.filePath = settings.value(QStringLiteral("path")).toString();
    spec.endpointUrl = settings.value(QStringLiteral("endpointUrl")).toString();
    spec.region = settings.value(QStringLiteral("region")).toString();
    spec.credentialSource
        = valueFor(kSources, settings.value(QStringLiteral("credentials")).toString(), CredentialSource::Environment);
    spec.profile = settings.value(QStringLiteral("profile")).toString();
    return spec;
}

} // namespace dynoscope::ui

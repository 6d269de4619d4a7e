// The command line of a trigger, quoted where needed.
#include "streams/TriggerConfig.h"

namespace dynoscope::ui {

QString TriggerConfig::commandLine() const
{
    QStringList parts { program };
    for (QString argument : arguments) {
        const bool plain = !argument.isEmpty() && !argument.contains(QLatin1Char(' '))
            && !argument.contains(QLatin1Char('"')) && !argument.contains(QLatin1Char('\''));
        if (!plain)
            argument = QLatin1Char('"') + argument.replace(QLatin1Char('"'), QLatin1String("\\\"")) + QLatin1Char('"');
        parts << argument;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace dynoscope::ui

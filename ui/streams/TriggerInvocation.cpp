// Short status of an invocation, for lists.
#include "streams/TriggerInvocation.h"

#include <QCoreApplication>

namespace dynoscope::ui {

QString TriggerInvocation::statusText() const
{
    if (!started)
        return QCoreApplication::translate("TriggerInvocation", "failed to start");
    if (timedOut)
        return QCoreApplication::translate("TriggerInvocation", "timed out");
    if (crashed)
        return QCoreApplication::translate("TriggerInvocation", "crashed");
    return QCoreApplication::translate("TriggerInvocation", "exit %1").arg(exitCode);
}

} // namespace dynoscope::ui

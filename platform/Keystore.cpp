#include "Keystore.h"

#if FELTDIALOG_HAVE_QTKEYCHAIN
#include "QtKeychainKeystore.h"
#endif

namespace feltdialog {

std::unique_ptr<Keystore> createPlatformKeystore(const QString &serviceName)
{
    if (qEnvironmentVariableIntValue("FELTDIALOG_NO_KEYSTORE") == 1)
        return nullptr;
#if FELTDIALOG_HAVE_QTKEYCHAIN
    return QtKeychainKeystore::probe(serviceName);
#else
    Q_UNUSED(serviceName)
    return nullptr;
#endif
}

} // namespace feltdialog

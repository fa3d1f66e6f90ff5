#include "suspicious_calls.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace mph::app {

namespace {

struct SuspiciousCalls {
    Q_DECLARE_TR_FUNCTIONS(SuspiciousCalls)
};

const QHash<QString, Behaviour> &table() {
    static const QHash<QString, Behaviour> calls = [] {
        QHash<QString, Behaviour> t;
        for (const char *name :
             {"os.system", "os.popen", "os.execv", "os.execve", "os.execl", "os.execvp", "os.spawnl", "os.spawnv",
              "os.startfile", "subprocess.Popen", "subprocess.call", "subprocess.run", "subprocess.check_call",
              "subprocess.check_output", "subprocess.getoutput", "commands.getoutput", "pty.spawn"})
            t.insert(QLatin1String(name), Behaviour::RunsCommands);
        for (const char *name : {"exec", "eval", "compile", "execfile", "__import__", "marshal.loads",
                                 "importlib.import_module", "ctypes.CDLL", "ctypes.WinDLL", "types.FunctionType"})
            t.insert(QLatin1String(name), Behaviour::ExecutesCode);
        for (const char *name : {"request.urlopen",
                                 "urllib.urlopen",
                                 "urllib2.urlopen",
                                 "request.Request",
                                 "request.urlretrieve",
                                 "urllib.urlretrieve",
                                 "requests.get",
                                 "requests.post",
                                 "requests.request",
                                 "socket.socket",
                                 "socket.create_connection",
                                 "client.HTTPConnection",
                                 "client.HTTPSConnection",
                                 "httplib.HTTPConnection",
                                 "ftplib.FTP",
                                 "smtplib.SMTP",
                                 "socket.gethostbyname",
                                 "dns.resolver",
                                 "resolver.resolve",
                                 "resolver.query"})
            t.insert(QLatin1String(name), Behaviour::Network);
        for (const char *name :
             {"base64.b64decode", "base64.b32decode", "base64.b16decode", "base64.decodebytes",
              "base64.urlsafe_b64decode", "codecs.decode", "zlib.decompress", "bz2.decompress", "lzma.decompress",
              "binascii.unhexlify", "binascii.a2b_base64", "bytes.fromhex", "fernet.Fernet", "?.decrypt"})
            t.insert(QLatin1String(name), Behaviour::Decodes);
        for (const char *name : {"shutil.copy", "shutil.copyfile", "shutil.move", "os.chmod", "os.rename", "os.remove",
                                 "shutil.rmtree", "tempfile.mkstemp", "tempfile.NamedTemporaryFile"})
            t.insert(QLatin1String(name), Behaviour::WritesFiles);
        for (const char *name : {"os.getenv", "environ.get", "getpass.getuser", "platform.node", "socket.gethostname",
                                 "os.getlogin", "os.getcwd", "path.expanduser", "os.listdir", "os.walk", "glob.glob",
                                 "browser_cookie3.chrome", "win32crypt.CryptUnprotectData"})
            t.insert(QLatin1String(name), Behaviour::ReadsSecrets);
        for (const char *name : {"winreg.SetValueEx", "_winreg.SetValueEx", "winreg.CreateKey", "crontab.CronTab"})
            t.insert(QLatin1String(name), Behaviour::Persists);
        return t;
    }();
    return calls;
}

} // namespace

bool behaviourOf(const QString &call, Behaviour *behaviour) {
    const auto it = table().constFind(call);
    if (it == table().cend()) return false;
    if (behaviour) *behaviour = *it;
    return true;
}

QList<BehaviourCalls> behavioursOf(const QStringList &calls) {
    QList<BehaviourCalls> found;
    for (const QString &call : calls) {
        Behaviour behaviour;
        if (!behaviourOf(call, &behaviour)) continue;
        auto it =
            std::find_if(found.begin(), found.end(), [&](const BehaviourCalls &b) { return b.behaviour == behaviour; });
        if (it == found.end()) {
            found.append({behaviour, {call}});
        } else if (!it->calls.contains(call)) {
            it->calls.append(call);
        }
    }
    return found;
}

QString behaviourPhrase(Behaviour behaviour) {
    switch (behaviour) {
    case Behaviour::RunsCommands:
        return QStringLiteral("runs system commands");
    case Behaviour::ExecutesCode:
        return QStringLiteral("executes dynamically built code");
    case Behaviour::Network:
        return QStringLiteral("talks to the network");
    case Behaviour::Decodes:
        return QStringLiteral("decodes or decompresses hidden data");
    case Behaviour::WritesFiles:
        return QStringLiteral("writes, moves or deletes files");
    case Behaviour::ReadsSecrets:
        return QStringLiteral("reads the environment, user and host identity or the file system");
    case Behaviour::Persists:
        return QStringLiteral("sets up persistence");
    }
    return {};
}

QString behaviourLabel(Behaviour behaviour) {
    switch (behaviour) {
    case Behaviour::RunsCommands:
        return SuspiciousCalls::tr("Runs system commands");
    case Behaviour::ExecutesCode:
        return SuspiciousCalls::tr("Executes dynamically built code");
    case Behaviour::Network:
        return SuspiciousCalls::tr("Talks to the network");
    case Behaviour::Decodes:
        return SuspiciousCalls::tr("Decodes or decompresses hidden data");
    case Behaviour::WritesFiles:
        return SuspiciousCalls::tr("Writes, moves or deletes files");
    case Behaviour::ReadsSecrets:
        return SuspiciousCalls::tr("Reads the environment, user and host identity or the file system");
    case Behaviour::Persists:
        return SuspiciousCalls::tr("Sets up persistence");
    }
    return {};
}

} // namespace mph::app

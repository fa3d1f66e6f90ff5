#include "ranking/call_behaviour.h"

#include <algorithm>
#include <iterator>

namespace mph {
namespace {

struct Entry {
    std::string_view call; // "*.name": that name on any receiver, or bare
    Behaviour behaviour;
    bool capability;
};

constexpr Behaviour kRuns = Behaviour::RunsCommands, kExec = Behaviour::ExecutesCode, kNet = Behaviour::Network,
                    kDecode = Behaviour::Decodes, kWrite = Behaviour::WritesFiles, kSecret = Behaviour::ReadsSecrets,
                    kPersist = Behaviour::Persists;

// Sorted by call (static_assert below).
// clang-format off
constexpr Entry kTable[] = {
    {"*.CryptUnprotectData", kSecret, true}, {"*.LoadLibrary", kExec, true}, {"*.Popen", kRuns, true},
    {"*.a2b_base64", kDecode, true}, {"*.a85decode", kDecode, true}, {"*.b16decode", kDecode, true},
    {"*.b32decode", kDecode, true}, {"*.b64decode", kDecode, true}, {"*.b85decode", kDecode, true},
    {"*.check_call", kRuns, true}, {"*.check_output", kRuns, true}, {"*.decodebytes", kDecode, true},
    {"*.decodestring", kDecode, true}, {"*.execl", kRuns, true}, {"*.execle", kRuns, true},
    {"*.execlp", kRuns, true}, {"*.execv", kRuns, true}, {"*.execve", kRuns, true}, {"*.execvp", kRuns, true},
    {"*.execvpe", kRuns, true}, {"*.fromhex", kDecode, true}, {"*.gethostname", kSecret, true},
    {"*.getlogin", kSecret, true}, {"*.getnode", kSecret, true}, {"*.getoutput", kRuns, true},
    {"*.getstatusoutput", kRuns, true}, {"*.getuser", kSecret, true}, {"*.popen", kRuns, true},
    {"*.popen2", kRuns, true}, {"*.popen3", kRuns, true}, {"*.posix_spawn", kRuns, true},
    {"*.spawnl", kRuns, true}, {"*.spawnle", kRuns, true}, {"*.spawnlp", kRuns, true}, {"*.spawnv", kRuns, true},
    {"*.spawnve", kRuns, true}, {"*.spawnvp", kRuns, true}, {"*.standard_b64decode", kDecode, true},
    {"*.startfile", kRuns, true}, {"*.unhexlify", kDecode, true}, {"*.urlopen", kNet, true},
    {"*.urlretrieve", kNet, true}, {"*.urlsafe_b64decode", kDecode, true},
    {"?.decrypt", kDecode, false}, {"__import__", kExec, false}, {"_winreg.SetValueEx", kPersist, false},
    {"aiohttp.ClientSession", kNet, true}, {"browser_cookie3.chrome", kSecret, false},
    {"builtins.compile", kExec, true}, {"builtins.eval", kExec, true}, {"builtins.exec", kExec, true},
    {"bz2.decompress", kDecode, true}, {"client.HTTPConnection", kNet, true}, {"client.HTTPSConnection", kNet, true},
    {"codecs.decode", kDecode, true}, {"compile", kExec, true}, {"crontab.CronTab", kPersist, false},
    {"ctypes.CDLL", kExec, true}, {"ctypes.WinDLL", kExec, true}, {"dns.resolver", kNet, false},
    {"environ.get", kSecret, false}, {"eval", kExec, true}, {"exec", kExec, true}, {"execfile", kExec, false},
    {"fernet.Fernet", kDecode, false}, {"ftplib.FTP", kNet, true}, {"glob.glob", kSecret, false},
    {"gzip.decompress", kDecode, true}, {"httplib.HTTPConnection", kNet, true},
    {"httplib.HTTPSConnection", kNet, true}, {"httpx.AsyncClient", kNet, true}, {"httpx.Client", kNet, true},
    {"httpx.get", kNet, true}, {"httpx.post", kNet, true}, {"importlib.import_module", kExec, false},
    {"lzma.decompress", kDecode, true}, {"marshal.loads", kExec, true}, {"os.chmod", kWrite, false},
    {"os.dup2", kRuns, true}, {"os.getcwd", kSecret, false}, {"os.getenv", kSecret, false},
    {"os.listdir", kSecret, false}, {"os.remove", kWrite, false}, {"os.rename", kWrite, false},
    {"os.system", kRuns, true}, {"os.walk", kSecret, false}, {"path.expanduser", kSecret, false},
    {"platform.node", kSecret, true}, {"psutil.process_iter", kSecret, true}, {"pty.spawn", kRuns, true},
    {"pyperclip.paste", kSecret, true}, {"request.Request", kNet, true}, {"requests.Session", kNet, true},
    {"requests.get", kNet, true}, {"requests.post", kNet, true}, {"requests.put", kNet, true},
    {"requests.request", kNet, true}, {"requests.session", kNet, true}, {"resolver.query", kNet, false},
    {"resolver.resolve", kNet, false}, {"shutil.copy", kWrite, false}, {"shutil.copyfile", kWrite, false},
    {"shutil.move", kWrite, false}, {"shutil.rmtree", kWrite, false}, {"smtplib.SMTP", kNet, true},
    {"smtplib.SMTP_SSL", kNet, true}, {"socket.create_connection", kNet, true},
    {"socket.gethostbyname", kNet, true}, {"socket.socket", kNet, true}, {"sqlite3.connect", kSecret, true},
    {"subprocess.call", kRuns, true}, {"subprocess.run", kRuns, true}, {"telnetlib.Telnet", kNet, true},
    {"tempfile.NamedTemporaryFile", kWrite, false}, {"tempfile.mkstemp", kWrite, false},
    {"types.FunctionType", kExec, false}, {"urllib2.Request", kNet, true}, {"urllib3.PoolManager", kNet, true},
    {"webbrowser.open", kNet, true}, {"webbrowser.open_new", kNet, true}, {"webbrowser.open_new_tab", kNet, true},
    {"winreg.CreateKey", kPersist, false}, {"winreg.SetValueEx", kPersist, false}, {"zlib.decompress", kDecode, true},
};
// clang-format on

constexpr bool byCall(const Entry &a, const Entry &b) {
    return a.call < b.call;
}
static_assert(std::is_sorted(std::begin(kTable), std::end(kTable), byCall));

const Entry *find(std::string_view call) {
    const Entry key{call, kRuns, false};
    const auto it = std::lower_bound(std::begin(kTable), std::end(kTable), key, byCall);
    return it != std::end(kTable) && it->call == call ? it : nullptr;
}

} // namespace

std::optional<CallBehaviour> callBehaviour(std::string_view call) {
    const Entry *entry = find(call);
    if (!entry) {
        const std::size_t dot = call.rfind('.');
        std::string anyReceiver = "*.";
        anyReceiver += dot == std::string_view::npos ? call : call.substr(dot + 1);
        entry = find(anyReceiver);
    }
    if (!entry) return std::nullopt;
    return CallBehaviour{entry->behaviour, entry->capability};
}

bool isCapabilityCall(std::string_view call) {
    const std::optional<CallBehaviour> behaviour = callBehaviour(call);
    return behaviour && behaviour->capability;
}

} // namespace mph

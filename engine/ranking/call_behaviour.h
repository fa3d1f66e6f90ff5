#pragma once
// What a call does when a script runs it (beyond the paper): run a process, execute code, reach the network, decode
// hidden data, read who the user is or what they keep, write files, persist. A fixed table written from what
// install-time malware is known to do, not learned from any corpus. Two readers:
// - the ranking's capability rarity (call_rarity.h) counts the calls marked `capability`: the ones a payload needs
//   and a build script seldom makes. It stays a prior, not a verdict: the ranking uses how rare a script's rarest
//   capability call is among the background scripts, never the table alone;
// - the case report and the OSV record (app/core/export/suspicious_calls.h) name every behaviour of a script.
// Calls such as os.getenv, glob.glob, __import__ or shutil.copy say what a script does but are everyday build code:
// they are reported, not counted. Measured: counting them too took the no-known-set recall@10 from 0.773 to 0.741 (dev)
// and from 0.758 to 0.725 (check), 10 draws each.
#include <optional>
#include <string_view>

namespace mph {

enum class Behaviour { RunsCommands, ExecutesCode, Network, Decodes, WritesFiles, ReadsSecrets, Persists };

struct CallBehaviour {
    Behaviour behaviour = Behaviour::RunsCommands;
    bool capability = false; // counted by the ranking's capability rarity
};

// `call` is a call token as the analysis names it (names.h): "os.system", "request.urlopen", "?.b64decode", "exec".
// Some names mean the same on any receiver (an alias, an unresolved object) or none (imported bare): b64decode,
// urlopen, Popen, check_output, ... The others only qualified: "subprocess.run", not "?.run".
std::optional<CallBehaviour> callBehaviour(std::string_view call);
bool isCapabilityCall(std::string_view call);

} // namespace mph

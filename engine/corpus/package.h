#pragma once
// What reading a package yields: its identity and the scripts that run at install or import time.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mph {

// When a script runs. Install: the root setup.py (MPHunter's scope). Import: top-level packages' __init__.py,
// top-level modules and *.pth files.
enum class Scope : std::uint8_t { Install, Import };
std::string_view scopeName(Scope scope);              // "install" / "import"
bool parseScope(std::string_view text, Scope &scope); // inverse of scopeName

enum class PackageFormat : std::uint8_t { Tar, Zip, Wheel, Egg, EncryptedZip, Directory };
std::string_view formatName(PackageFormat format);

struct Script {
    std::string path; // path inside the package, as stored (data, never used as a file-system path)
    Scope scope = Scope::Install;
    std::string text;   // raw bytes as stored; not necessarily UTF-8
    std::string sha256; // lowercase hex of text
    // A read cap cut it: text is only the first part of the file (Package::caps says which cap).
    bool truncated = false;
    std::string reachedFrom; // a file another script runs, ranked on its own: that script's path; empty for entries
};

// Another Python file of the package: what its scripts may import or run (design 2.8).
struct Module {
    std::string path; // as stored
    std::string text;
    bool truncated = false; // a read cap cut it: text is only the first part of the file
};

struct Package {
    std::string source; // absolute path of the archive file or directory as found ("demo:<path>" when embedded)
    std::string name;   // from PKG-INFO/METADATA, else from the file name
    std::string version;
    PackageFormat format = PackageFormat::Tar;
    std::string sha256;          // of the archive file (empty for directories)
    std::uint64_t bytes = 0;     // size of the archive file (0 for directories)
    std::vector<Script> scripts; // install script first, then import scripts by path
    std::vector<Module> modules; // the other .py files, by path (texts dropped where scripts' are)
    std::string root;            // the folder the package's files are relative to ("name-1.0/" of an sdist, or "")
    // Every cap of ReadLimits hit while reading, as a note for the analyst ("\"p-1/setup.py\": entry-size cap, first
    // 16777216 of 20971520 bytes read", "entry-count cap: stopped after 100000 entries"). A package that hits a cap is
    // still read (fail closed: what was read is ranked, and flagged); empty when nothing was cut.
    std::vector<std::string> caps;
};

// A package (or file) that could not be read, and why. Reading goes on with everything else.
struct ReadError {
    std::string source;
    std::string reason;
};

} // namespace mph

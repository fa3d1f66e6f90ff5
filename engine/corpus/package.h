#pragma once
// What reading a package yields: its identity and the scripts that run at install or import time.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mph {

// When a script runs. Install: the root setup.py (MPHunter's scope). Import: top-level __init__.py and *.pth files.
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
};

struct Package {
    std::string source; // absolute path of the archive file or directory as found ("demo:<path>" when embedded)
    std::string name;   // from PKG-INFO/METADATA, else from the file name
    std::string version;
    PackageFormat format = PackageFormat::Tar;
    std::string sha256;          // of the archive file (empty for directories)
    std::uint64_t bytes = 0;     // size of the archive file (0 for directories)
    std::vector<Script> scripts; // install script first, then import scripts by path
};

// A package (or file) that could not be read, and why. Reading goes on with everything else.
struct ReadError {
    std::string source;
    std::string reason;
};

} // namespace mph

#include "corpus/package.h"

namespace mph {

std::string_view scopeName(Scope scope) {
    switch (scope) {
    case Scope::Install:
        return "install";
    case Scope::Import:
        return "import";
    }
    return "install";
}

bool parseScope(std::string_view text, Scope &scope) {
    for (Scope candidate : {Scope::Install, Scope::Import}) {
        if (text == scopeName(candidate)) {
            scope = candidate;
            return true;
        }
    }
    return false;
}

std::string_view formatName(PackageFormat format) {
    switch (format) {
    case PackageFormat::Tar:
        return "tar";
    case PackageFormat::Zip:
        return "zip";
    case PackageFormat::Wheel:
        return "wheel";
    case PackageFormat::Egg:
        return "egg";
    case PackageFormat::EncryptedZip:
        return "encrypted-zip";
    case PackageFormat::Directory:
        return "directory";
    }
    return "tar";
}

} // namespace mph

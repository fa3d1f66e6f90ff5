#pragma once
// The text of any script of a scan. Batch scripts keep their text in the ScanResult; background and known scripts
// are re-read on demand (in memory, never extracted) from their archive, or from the embedded demo corpus for
// "demo:" sources, and cached per package.
#include "scan_access.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <string>
#include <vector>

namespace mph::app {

class ScriptTextSource {
  public:
    ScriptTextSource() = default;
    ScriptTextSource(ScanPtr scan, std::vector<std::string> passphrases);

    // Raw bytes of the script; empty with `error` set when it cannot be read.
    QByteArray text(std::uint32_t entry, QString *error = nullptr) const;

  private:
    ScanPtr scan_;
    std::vector<std::string> passphrases_;
    mutable QHash<std::uint32_t, std::vector<Script>> rereadScripts_; // by package index
};

} // namespace mph::app

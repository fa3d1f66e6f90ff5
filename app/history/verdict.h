#pragma once
// The analyst's verdict on a script, as stored in case files and shown in the ranked table.
#include <QString>

#include <optional>

namespace mph::app {

enum class Verdict { Undecided, Benign, Suspicious, Malicious };

QString verdictKey(Verdict verdict);                     // stable key for files: "undecided", "benign", ...
std::optional<Verdict> parseVerdict(const QString &key); // inverse of verdictKey
QString verdictLabel(Verdict verdict);                   // translated, for display

} // namespace mph::app

// Arbitrary bytes as a .mphcase file. A case that loads must serialise and load again to the same case.
#include "case_file.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const mph::app::CaseLoadResult result = mph::app::caseFromJson(bytes);
    if (result.caseFile.has_value() == !result.error.isEmpty()) std::abort();
    if (result.caseFile) {
        const QByteArray saved = QJsonDocument(mph::app::caseToJson(*result.caseFile)).toJson();
        const mph::app::CaseLoadResult again = mph::app::caseFromJson(saved);
        if (!again.caseFile || !(*again.caseFile == *result.caseFile)) std::abort();
    }
    return 0;
}

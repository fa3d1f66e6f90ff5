// Arbitrary bytes as a .mphworkspace file. A workspace that loads must serialise and load again.
#include "workspace.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const mph::app::WorkspaceLoadResult result = mph::app::workspaceFromJson(bytes);
    if (result.workspace.has_value() == !result.error.isEmpty()) std::abort();
    if (result.workspace) {
        const QByteArray saved = QJsonDocument(mph::app::workspaceToJson(*result.workspace)).toJson();
        const mph::app::WorkspaceLoadResult again = mph::app::workspaceFromJson(saved);
        if (!again.workspace || again.workspace->cases.size() != result.workspace->cases.size()) std::abort();
    }
    return 0;
}

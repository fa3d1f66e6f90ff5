#pragma once
// What the current run reads: the batch folders, background and known folders, with package counts once read.
#include "scan_access.h"

#include <QTreeWidget>

namespace mph::app {

class InputsWidget : public QTreeWidget {
    Q_OBJECT
  public:
    explicit InputsWidget(QWidget *parent = nullptr);
    void setInputs(const ScanOptions &options, const ScanPtr &scan);
};

} // namespace mph::app

#pragma once
// Packages that could not be read (or runs that failed): file and reason, for the errors panel.
#include <QAbstractTableModel>
#include <QList>

namespace mph::app {

struct ErrorRecord {
    QString file;
    QString reason;
};

class ErrorListModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { File, Reason, ColumnCount };
    explicit ErrorListModel(QObject *parent = nullptr);

    void setErrors(QList<ErrorRecord> errors);
    void append(const ErrorRecord &error);
    void clear() { setErrors({}); }
    const QList<ErrorRecord> &errors() const { return errors_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    QList<ErrorRecord> errors_;
};

} // namespace mph::app

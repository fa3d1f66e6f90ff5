#pragma once
// The evidence list of one case (script, line range, comment); comments are editable in place.
#include "case_file.h"

#include <QAbstractTableModel>

namespace mph::app {

class EvidenceModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Script, Lines, Comment, ColumnCount };
    explicit EvidenceModel(QObject *parent = nullptr);

    void setEvidence(QList<Evidence> evidence);
    const QList<Evidence> &evidence() const { return evidence_; }
    void append(const Evidence &evidence);
    void removeAt(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  signals:
    void edited(); // by the user: append, removeAt or a comment change

  private:
    QList<Evidence> evidence_;
};

} // namespace mph::app

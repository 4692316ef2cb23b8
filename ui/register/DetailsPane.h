#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QModelIndex;
class QTreeWidget;

namespace rullering {

class AppSession;
struct Device;

// Everything about one device: every field, where its production year came from, and its history from the audit
// log (imports, edits, state changes, swaps) as a timeline, newest first.
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(AppSession& session, QWidget* parent = nullptr);

    void showDevice(qint64 id); // 0 clears
    qint64 deviceId() const { return m_id; }
    // What the history's first column says in a narrow pane, where the what and who columns are hidden: the time,
    // and under it what happened and who did it.
    static QString historyWhenText(const QModelIndex& when);

signals:
    // Part of what the pane shows could not be read: the page shows why.
    void failed(const QString& message);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showFields(const Device& device);
    void showHistory(qint64 id);
    void fitHistoryColumns();

    AppSession& m_session;
    qint64 m_id = 0;
    QLabel* m_title = nullptr;
    QFormLayout* m_fields = nullptr;
    QTreeWidget* m_history = nullptr;
};

} // namespace rullering

#pragma once

#include "domain/Device.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rullering {

class AppSession;

// The technician's screen, made for a barcode scanner that types the code and Enter: scan the old device (a card
// shows what it is and where), scan the new one (the screen says whether it is matched or will be registered),
// Enter confirms. Large type; every refusal is said in one plain sentence and changes nothing.
class SwapPage : public QWidget
{
    Q_OBJECT

public:
    explicit SwapPage(AppSession& session, QWidget* parent = nullptr);

    // Back to "scan the old device", keeping the technician and the date.
    void startOver();
    // What makes a swap worth a second look: another type, or a device from another municipality. Empty: none.
    static QStringList swapDifferences(const Device& old, const Device& incoming);
    // Ctrl+Z on this page: undoes the last swap (never the typing in a scan field), and says so.
    void undoLastSwap();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void oldEntered();
    void newEntered();
    void confirm();
    void refreshProgress();
    void undoIndexChanged(int index);
    void showMessage(const QString& text, bool problem);
    void showOldCard(const Device& device);
    QLabel* figure(const QString& objectName);

    AppSession& m_session;
    QLineEdit* m_oldEdit = nullptr;
    QLineEdit* m_newEdit = nullptr;
    QLineEdit* m_technicianEdit = nullptr;
    QString m_signedInTechnician; // what the field was filled with, replaced when another register opens
    QDateEdit* m_dateEdit = nullptr;
    QFrame* m_card = nullptr;
    QLabel* m_cardModel = nullptr;
    QLabel* m_cardDetails = nullptr;
    QLabel* m_newStatus = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QLabel* m_today = nullptr;
    QLabel* m_thisYear = nullptr;
    QLabel* m_remaining = nullptr;
    std::optional<Device> m_old;
    bool m_progressStale = true;
    QString m_pendingNew; // the new serial checked and waiting for Enter to confirm
    int m_undoIndex = 0;  // the undo stack's index last seen, to tell an undo from a redo
};

} // namespace rullering

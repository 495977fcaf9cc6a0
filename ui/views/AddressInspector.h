#pragma once
// "What is this address?": classifyAddress + the page-table walk for any kernel virtual address.
#include <QWidget>

#include <cstdint>
#include <optional>

class QLineEdit;
class QPlainTextEdit;

namespace vmviz::ui {

class SessionController;
class SelectionController;

class AddressInspector : public QWidget
{
    Q_OBJECT
public:
    AddressInspector(SessionController& session, SelectionController& selection, QWidget* parent = nullptr);

    /// Parses "0xffffc90000001000", "ffffc90000001000" or decimal.
    static std::optional<std::uint64_t> parseAddress(const QString& text);
    void inspect(std::uint64_t vaddr, bool selectArea);
    QString result() const;

private:
    void refresh();

    SessionController& m_session;
    SelectionController& m_selection;
    QLineEdit* m_input;
    QPlainTextEdit* m_output;
    std::optional<std::uint64_t> m_address;
};

} // namespace vmviz::ui

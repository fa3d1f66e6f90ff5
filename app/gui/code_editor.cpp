#include "code_editor.h"

#include "code_font.h"

#include <Qsci/qscilexerpython.h>
#include <Qsci/qsciscintilla.h>

namespace mph::app {

QsciScintilla *makeReadOnlyPythonEditor(QWidget *parent) {
    auto *editor = new QsciScintilla(parent);
    auto *lexer = new QsciLexerPython(editor);
    const QFont mono = codeFont();
    lexer->setDefaultFont(mono);
    lexer->setFont(mono);
    editor->setLexer(lexer);
    editor->setUtf8(true);
    editor->setReadOnly(true);
    return editor;
}

} // namespace mph::app

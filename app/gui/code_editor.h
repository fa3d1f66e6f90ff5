#pragma once
// A read-only QScintilla view of Python source in the code font (app/core/code_font.h, which tells O from 0 and l from
// 1 and I), shared by the code views; each adds its own margins, markers and indicators.
class QWidget;
class QsciScintilla;

namespace mph::app {

QsciScintilla *makeReadOnlyPythonEditor(QWidget *parent);

} // namespace mph::app

#include "install_translations.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MPHunter"));
    QApplication::setApplicationName(QStringLiteral("MPHunter Workbench"));
    mph::app::installTranslations(app, QSettings().value(QStringLiteral("language")).toString());
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Hunt malicious PyPI packages in a batch."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QApplication::translate("main", "Batch folder to open (default: the demo corpus)."));
    parser.process(app);
    mph::app::MainWindow window;
    window.show();
    if (parser.positionalArguments().isEmpty())
        window.openDemo();
    else
        window.openBatchFolder(parser.positionalArguments().first());
    return app.exec();
}

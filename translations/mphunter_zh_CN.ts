<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseFileText</name>
    <message>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>应为 ISO 8601 日期时间</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>not a case file: the top level is not a JSON object</source>
        <translation>不是案例文件：顶层不是 JSON 对象</translation>
    </message>
    <message>
        <source>not a case file: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>不是案例文件：“format”不是“%1”</translation>
    </message>
    <message>
        <source>the case file has no valid schema version</source>
        <translation>案例文件没有有效的模式版本</translation>
    </message>
    <message>
        <source>the case file uses schema version %1; this version of MPHunter reads up to %2. Open it with a newer MPHunter.</source>
        <translation>案例文件使用模式版本 %1；当前版本的 MPHunter 最高支持 %2。请用较新的 MPHunter 打开。</translation>
    </message>
    <message>
        <source>expected a list of objects</source>
        <translation>应为对象列表</translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot;</source>
        <translation>未知结论“%1”</translation>
    </message>
    <message>
        <source>expected a list of text</source>
        <translation>应为文本列表</translation>
    </message>
    <message>
        <source>invalid line range %1-%2</source>
        <translation>无效的行范围 %1-%2</translation>
    </message>
    <message>
        <source>the case file is damaged: %1</source>
        <translation>案例文件已损坏：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a case file</source>
        <translation>%1 作为案例文件太大</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档文件</translation>
    </message>
    <message>
        <source>Archive SHA-256</source>
        <translation>归档文件 SHA-256</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>Script SHA-256</source>
        <translation>脚本 SHA-256</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析员</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Rank in its batch</source>
        <translation>批次内排名</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>d_b (distance to benign clusters)</source>
        <translation>d_b（到良性聚类的距离）</translation>
    </message>
    <message>
        <source>d_m (distance to known malware)</source>
        <translation>d_m（到已知恶意软件的距离）</translation>
    </message>
    <message>
        <source>Size (API calls)</source>
        <translation>大小（API 调用数）</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>在地图上的位置</translation>
    </message>
    <message>
        <source>Outlier: in no cluster of its batch and the background.</source>
        <translation>离群点：不属于其批次与背景的任何聚类。</translation>
    </message>
    <message>
        <source>In cluster %1 of its batch and the background.</source>
        <translation>属于其批次与背景的聚类 %1。</translation>
    </message>
    <message>
        <source>Map position: (%1, %2).</source>
        <translation>地图位置：(%1, %2)。</translation>
    </message>
    <message>
        <source>Nearest known malicious scripts</source>
        <translation>最近的已知恶意脚本</translation>
    </message>
    <message>
        <source>None (no known set).</source>
        <translation>无（没有已知集合）。</translation>
    </message>
    <message>
        <source>What the code does</source>
        <translation>代码的行为</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Rare in benign packages and shared with the nearest known script</source>
        <translation>在良性软件包中罕见且与最近的已知脚本共有</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>无备注。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>未记录证据。</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>第 %1–%2 行</translation>
    </message>
    <message>
        <source>Script %1</source>
        <translation>脚本 %1</translation>
    </message>
    <message>
        <source>The script&apos;s text is not available.</source>
        <translation>脚本文本不可用。</translation>
    </message>
    <message>
        <source>evidence lines</source>
        <translation>证据行</translation>
    </message>
    <message numerus="yes">
        <source>[… %n more characters]</source>
        <translation>
            <numerusform>[… 另有 %n 个字符]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 blanks</source>
        <translation>%1 个空白</translation>
    </message>
    <message numerus="yes">
        <source>%n more lines not shown.</source>
        <translation>
            <numerusform>另有 %n 行未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Case report: %1 %2</source>
        <translation>案例报告：%1 %2</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Written by MPHunter Workbench. Static analysis only: nothing from the package was executed.</source>
        <translation>由 MPHunter Workbench 生成。仅静态分析：未执行软件包中的任何内容。</translation>
    </message>
    <message>
        <source>%1 (layer %2)</source>
        <translation>%1（第 %2 层）</translation>
    </message>
    <message>
        <source>d_k (mean distance to the nearest benign scripts)</source>
        <translation>d_k（与最近良性脚本的平均距离）</translation>
    </message>
    <message>
        <source>d_nb (distance to the nearest benign script)</source>
        <translation>d_nb（与最近良性脚本的距离）</translation>
    </message>
    <message>
        <source>evidence (call evidence, known malware against the background)</source>
        <translation>证据（调用证据：已知恶意软件相对于背景）</translation>
    </message>
    <message>
        <source>rarity (how rare its rarest call is in the background)</source>
        <translation>罕见度（其最罕见调用在背景中的罕见程度）</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排序方法</translation>
    </message>
    <message>
        <source>%1, without a known set</source>
        <translation>%1，无已知恶意集</translation>
    </message>
    <message>
        <source>Indicators of compromise</source>
        <translation>入侵指标</translation>
    </message>
    <message>
        <source>capability (how rare its rarest capability call is in the background)</source>
        <translation>能力（其最罕见的能力调用在背景中的罕见程度）</translation>
    </message>
</context>
<context>
    <name>EarlierVersionText</name>
    <message>
        <source>the history&apos;s copy</source>
        <translation>历史记录中的副本</translation>
    </message>
    <message>
        <source>%1 is not in the embedded demo corpus</source>
        <translation>%1 不在内置演示语料中</translation>
    </message>
    <message>
        <source>%1: %2 (and the history keeps no copy of it)</source>
        <translation>%1：%2（历史记录中也没有其副本）</translation>
    </message>
    <message>
        <source>%1 no longer holds the archive the history saw (sha256 %2)</source>
        <translation>%1 已不再是历史记录所见的归档（sha256 %2）</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ExplanationText</name>
    <message>
        <source>Call sequences aligned</source>
        <translation>调用序列对齐</translation>
    </message>
    <message>
        <source>This script</source>
        <translation>此脚本</translation>
    </message>
    <message>
        <source>… %1 more rows</source>
        <translation>… 另有 %1 行</translation>
    </message>
    <message>
        <source>Rank %1 in its batch (%2 scope). Higher scores rank first.</source>
        <translation>批次内排名 %1（%2 范围）。得分越高排名越靠前。</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>d_b</source>
        <translation>d_b</translation>
    </message>
    <message>
        <source>distance to the nearest benign clusters (mean of the 3 closest)</source>
        <translation>到最近良性聚类的距离（最近 3 个的平均值）</translation>
    </message>
    <message>
        <source>d_m</source>
        <translation>d_m</translation>
    </message>
    <message>
        <source>distance to the nearest known-malicious script</source>
        <translation>到最近已知恶意脚本的距离</translation>
    </message>
    <message>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <source>size correction: small scripts lean on d_b less</source>
        <translation>大小修正：小脚本较少依赖 d_b</translation>
    </message>
    <message>
        <source>W_b</source>
        <translation>W_b</translation>
    </message>
    <message>
        <source>weight of d_b = 0.5 − β</source>
        <translation>d_b 的权重 = 0.5 − β</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>size of the call sequence</source>
        <translation>调用序列的长度</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>an outlier: in no dense cluster</source>
        <translation>离群点：不属于任何密集聚类</translation>
    </message>
    <message>
        <source>HDBSCAN cluster with the background</source>
        <translation>与背景一起的 HDBSCAN 聚类</translation>
    </message>
    <message>
        <source>GLOSH</source>
        <translation>GLOSH</translation>
    </message>
    <message>
        <source>outlier score, 0 = inlier, 1 = strongest outlier</source>
        <translation>离群分数，0 = 非离群点，1 = 最强离群点</translation>
    </message>
    <message>
        <source>Rare calls shared with the nearest known script</source>
        <translation>与最近已知脚本共有的罕见调用</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No known-malicious script to compare with.</source>
        <translation>没有可供比较的已知恶意脚本。</translation>
    </message>
    <message>
        <source>d_k</source>
        <translation>d_k</translation>
    </message>
    <message numerus="yes">
        <source>mean distance to the %n nearest benign background scripts</source>
        <translation>
            <numerusform>与最近的 %n 个良性背景脚本的平均距离</numerusform>
        </translation>
    </message>
    <message>
        <source>d_nb</source>
        <translation>d_nb</translation>
    </message>
    <message>
        <source>distance to the nearest benign background script</source>
        <translation>与最近的良性背景脚本的距离</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>mean log-likelihood ratio of the script&apos;s calls, known malware against the background (learned from the data), plus a quarter of the largest</source>
        <translation>脚本各调用的平均对数似然比：已知恶意软件相对于背景（从数据中学习），再加上其中最大值的四分之一</translation>
    </message>
    <message>
        <source>rarity</source>
        <translation>罕见度</translation>
    </message>
    <message>
        <source>how rare the script&apos;s rarest call is among the background scripts (1 = none makes it)</source>
        <translation>脚本中最罕见的调用在背景脚本中有多罕见（1 = 没有背景脚本进行此调用）</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>还运行的代码</translation>
    </message>
    <message>
        <source>Calls of this script that live elsewhere: in files of its package and in payloads it decodes from literals, in the order they first run.</source>
        <translation>此脚本位于别处的调用：在其软件包的文件中，以及在它从字面量解码出的载荷中，按首次运行的顺序排列。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>file of the package</source>
        <translation>软件包中的文件</translation>
    </message>
    <message>
        <source>decoded payload, layer %1</source>
        <translation>解码出的载荷，第 %1 层</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 个调用</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>威胁指标</translation>
    </message>
    <message>
        <source>(no known set)</source>
        <translation>（无已知恶意集）</translation>
    </message>
    <message>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <source>nearest known: %1 %2, judged malicious by %3 on %4</source>
        <translation>最近的已知项：%1 %2，由 %3 于 %4 判定为恶意</translation>
    </message>
    <message>
        <source>known neighbour: %1 %2, judged malicious by %3 on %4</source>
        <translation>已知近邻：%1 %2，由 %3 于 %4 判定为恶意</translation>
    </message>
    <message>
        <source>Calls added since %1</source>
        <translation>自 %1 以来新增的调用</translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>the script makes no capability call (process, code execution, network, decoding, user and host details, native code)</source>
        <translation>脚本没有能力调用（进程、代码执行、网络、解码、用户和主机信息、原生代码）</translation>
    </message>
    <message>
        <source>how rare its rarest capability call, %1, is among the background scripts (1 = none makes it)</source>
        <translation>其最罕见的能力调用 %1 在背景脚本中有多罕见（1 = 没有背景脚本进行此调用）</translation>
    </message>
</context>
<context>
    <name>HistoryRecorderText</name>
    <message>
        <source>no history file is set</source>
        <translation>未设置历史记录文件</translation>
    </message>
    <message>
        <source>history %1: the verdict was not written</source>
        <translation>历史记录 %1：结论未写入</translation>
    </message>
    <message>
        <source>The verdict on %1 is not in the history: %2</source>
        <translation>对 %1 的结论未记入历史记录：%2</translation>
    </message>
</context>
<context>
    <name>IndicatorText</name>
    <message>
        <source>layer %1 in %2</source>
        <translation>%2 中的第 %1 层</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>very long line</source>
        <translation>超长行</translation>
    </message>
    <message>
        <source>code pushed off screen by a long run of blanks</source>
        <translation>代码被一长串空白推出屏幕</translation>
    </message>
    <message>
        <source>non-printing character</source>
        <translation>不可打印字符</translation>
    </message>
    <message>
        <source>bidirectional control character</source>
        <translation>双向控制字符</translation>
    </message>
    <message>
        <source>identifier of look-alike characters (O and 0, l, 1 and I)</source>
        <translation>由易混淆字符组成的标识符（O 与 0，l、1 与 I）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reading packages</source>
        <translation>正在读取软件包</translation>
    </message>
    <message>
        <source>Analysing scripts</source>
        <translation>正在分析脚本</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Projecting the map</source>
        <translation>正在投影地图</translation>
    </message>
</context>
<context>
    <name>OsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder for package &apos;%1&apos; under %2</source>
        <translation>无法在 %2 下为软件包“%1”创建文件夹</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>PDF reports need the graphical application</source>
        <translation>PDF 报告需要图形界面应用程序</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>known</source>
        <translation>已知</translation>
    </message>
</context>
<context>
    <name>RunHistoryText</name>
    <message>
        <source>the history was not used: %1</source>
        <translation>未使用历史记录：%1</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ScriptTextSourceText</name>
    <message>
        <source>not in the embedded demo corpus</source>
        <translation>不在内置演示语料中</translation>
    </message>
    <message>
        <source>no such script</source>
        <translation>没有该脚本</translation>
    </message>
    <message>
        <source>the package reader is not built</source>
        <translation>软件包读取器未构建</translation>
    </message>
    <message>
        <source>the script is no longer in its package</source>
        <translation>该脚本已不在其软件包中</translation>
    </message>
    <message>
        <source>no such file or layer</source>
        <translation>没有该文件或层</translation>
    </message>
    <message>
        <source>the text was not kept</source>
        <translation>未保留该文本</translation>
    </message>
    <message>
        <source>the file is no longer in its package</source>
        <translation>该文件已不在其软件包中</translation>
    </message>
    <message>
        <source>no history to read it from</source>
        <translation>没有可供读取的历史记录</translation>
    </message>
    <message>
        <source>the history keeps no copy of this archive, and the file it was scanned from is gone or changed</source>
        <translation>历史记录中没有该归档文件的副本，而扫描时所用的文件已不存在或已更改</translation>
    </message>
</context>
<context>
    <name>ScriptViewText</name>
    <message>
        <source>%1 (script)</source>
        <translation>%1（脚本）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n call(s))</source>
        <translation>
            <numerusform>%1（%n 个调用）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>layer %1 in %2, line %3 (%n call(s))</source>
        <translation>
            <numerusform>%2 中的第 %1 层，第 %3 行（%n 个调用）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>layer %1 in %2 (%n call(s))</source>
        <translation>
            <numerusform>%2 中的第 %1 层（%n 个调用）</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoded payload, layer %1: decoded in %2 and run at its line %3. Shown as text, never run.</source>
        <translation>解码出的载荷，第 %1 层：在 %2 中解码，并在其第 %3 行运行。仅以文本显示，从不执行。</translation>
    </message>
    <message>
        <source>Decoded payload, layer %1: decoded in %2, run at line %3 of layer %4, whose chain starts at line %5 of the file. Shown as text, never run.</source>
        <translation>解码出的载荷，第 %1 层：在 %2 中解码，由第 %4 层的第 %3 行运行；该链始于文件的第 %5 行。仅以文本显示，从不执行。</translation>
    </message>
    <message>
        <source>Decoded payload, layer %1: decoded in %2. Shown as text, never run.</source>
        <translation>解码出的载荷，第 %1 层：在 %2 中解码。仅以文本显示，从不执行。</translation>
    </message>
</context>
<context>
    <name>SuspiciousCalls</name>
    <message>
        <source>Runs system commands</source>
        <translation>运行系统命令</translation>
    </message>
    <message>
        <source>Executes dynamically built code</source>
        <translation>执行动态构造的代码</translation>
    </message>
    <message>
        <source>Talks to the network</source>
        <translation>进行网络通信</translation>
    </message>
    <message>
        <source>Decodes or decompresses hidden data</source>
        <translation>解码或解压隐藏数据</translation>
    </message>
    <message>
        <source>Writes, moves or deletes files</source>
        <translation>写入、移动或删除文件</translation>
    </message>
    <message>
        <source>Reads the environment, user and host identity or the file system</source>
        <translation>读取环境变量、用户与主机身份或文件系统</translation>
    </message>
    <message>
        <source>Sets up persistence</source>
        <translation>建立持久化</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TriggerText</name>
    <message>
        <source>Runs at install: pip executes setup.py</source>
        <translation>安装时运行：pip 执行 setup.py</translation>
    </message>
    <message>
        <source>Runs at install: pip executes setup.py and its custom commands (%1)</source>
        <translation>安装时运行：pip 执行 setup.py 及其自定义命令（%1）</translation>
    </message>
    <message>
        <source>Runs at import of the package %1</source>
        <translation>导入软件包 %1 时运行</translation>
    </message>
    <message>
        <source>Runs at every start of the Python interpreter (.pth file)</source>
        <translation>每次启动 Python 解释器时运行（.pth 文件）</translation>
    </message>
    <message>
        <source>Unknown trigger</source>
        <translation>未知触发方式</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Undecided</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Benign</source>
        <translation>良性</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>恶意</translation>
    </message>
</context>
<context>
    <name>WorkspaceText</name>
    <message>
        <source>the input setting &apos;%1&apos; is missing or has the wrong type</source>
        <translation>输入设置“%1”缺失或类型错误</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1 at byte %2).</source>
        <translation>工作区文件已损坏（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>This is not an MPHunter workspace file.</source>
        <translation>这不是 MPHunter 工作区文件。</translation>
    </message>
    <message>
        <source>The workspace file has no valid format version.</source>
        <translation>工作区文件没有有效的格式版本。</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of MPHunter Workbench (format version %1; this version reads up to %2). Please update the application.</source>
        <translation>此工作区由较新版本的 MPHunter Workbench 保存（格式版本 %1；当前版本最高支持 %2）。请更新应用程序。</translation>
    </message>
    <message>
        <source>The workspace file is damaged: %1.</source>
        <translation>工作区文件已损坏：%1。</translation>
    </message>
    <message>
        <source>Case %1 of the workspace cannot be read: %2</source>
        <translation>无法读取工作区中的案例 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save the workspace to %1: %2</source>
        <translation>无法将工作区保存到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hunt malicious PyPI packages in a batch.</source>
        <translation>在一批软件包中搜寻恶意 PyPI 软件包。</translation>
    </message>
    <message>
        <source>Batch folder to open (default: the demo corpus).</source>
        <translation>要打开的批次文件夹（默认：演示语料）。</translation>
    </message>
</context>
<context>
    <name>mph::app::CampaignGroupingModel</name>
    <message>
        <source>identical calls</source>
        <translation>相同的调用</translation>
    </message>
    <message>
        <source>nearly identical calls</source>
        <translation>几乎相同的调用</translation>
    </message>
    <message>
        <source>known family</source>
        <translation>已知家族</translation>
    </message>
    <message>
        <source>Campaign of %1 packages</source>
        <translation>攻击活动（%1 个软件包）</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Campaign of %1 packages in batch %2, linked by %3</source>
        <translation>批次 %2 中的攻击活动（%1 个软件包），关联依据：%3</translation>
    </message>
    <message>
        <source> (nearest known family: %1)</source>
        <translation>（最近的已知家族：%1）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mph::app::CaseBook</name>
    <message>
        <source>no case to save</source>
        <translation>没有可保存的案例</translation>
    </message>
</context>
<context>
    <name>mph::app::CaseWidget</name>
    <message>
        <source>Add evidence…</source>
        <translation>添加证据…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Save case…</source>
        <translation>保存案例…</translation>
    </message>
    <message>
        <source>comma-separated, e.g. exfiltration, typosquat</source>
        <translation>以逗号分隔，例如 exfiltration, typosquat</translation>
    </message>
    <message>
        <source>What the code does and how it triggers…</source>
        <translation>代码做了什么以及如何触发…</translation>
    </message>
    <message>
        <source>Record the lines selected in the left editor as evidence (Ctrl+E)</source>
        <translation>将左侧编辑器中选中的行记录为证据（Ctrl+E）</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>打开案例…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Select a script in the ranked table to start a case.</source>
        <translation>在排名表中选择一个脚本以开始一个案例。</translation>
    </message>
    <message>
        <source>Give this verdict to every package of the campaign, in one action</source>
        <translation>一次性将此结论应用于该攻击活动的所有软件包</translation>
    </message>
    <message numerus="yes">
        <source>For the whole campaign (%n package(s))</source>
        <translation>
            <numerusform>应用于整个攻击活动（%n 个软件包）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mph::app::CodeCompareWidget</name>
    <message>
        <source>No script selected</source>
        <translation>未选择脚本</translation>
    </message>
    <message>
        <source>Nearest known-malicious scripts, nearest first</source>
        <translation>最近的已知恶意脚本，由近到远</translation>
    </message>
    <message>
        <source>Previous call (Shift+F4)</source>
        <translation>上一个调用（Shift+F4）</translation>
    </message>
    <message>
        <source>Next call and its counterpart on the right (F4)</source>
        <translation>下一个调用及其右侧对应项（F4）</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;call on both sides&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%2&quot;&gt;&amp;nbsp;call on one side only&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;两侧都有的调用&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:%2&quot;&gt;&amp;nbsp;仅一侧有的调用&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source># The script could not be shown: %1</source>
        <translation># 无法显示该脚本：%1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>排版：%1</translation>
    </message>
    <message>
        <source>No known-malicious script in this scope</source>
        <translation>此范围内没有已知恶意脚本</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 个调用</numerusform>
        </translation>
    </message>
    <message>
        <source>call %1 of %2: %3%4</source>
        <translation>调用 %1/%2：%3%4</translation>
    </message>
    <message>
        <source> (also on the right)</source>
        <translation>（右侧也有）</translation>
    </message>
    <message>
        <source> (left only)</source>
        <translation>（仅左侧）</translation>
    </message>
    <message>
        <source>Where the calls live: the script, the files of its package it runs, the payloads it decodes</source>
        <translation>调用所在之处：脚本本身、它运行的软件包文件、它解码出的载荷</translation>
    </message>
    <message>
        <source># The file could not be shown: %1</source>
        <translation># 无法显示该文件：%1</translation>
    </message>
</context>
<context>
    <name>mph::app::ErrorListModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>mph::app::EvidenceModel</name>
    <message>
        <source>Script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
</context>
<context>
    <name>mph::app::InputsWidget</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>(none configured)</source>
        <translation>（未配置）</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>embedded demo corpus</source>
        <translation>内置演示语料</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Known malicious</source>
        <translation>已知恶意</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mph::app::MainWindow</name>
    <message>
        <source>MPHunter Workbench</source>
        <translation>MPHunter 工作台</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Ranked scripts</source>
        <translation>排名脚本</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Open batch folder…</source>
        <translation>打开批次文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a batch folder</source>
        <translation>打开一个批次文件夹</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;demo corpus</source>
        <translation>打开演示语料(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;case…</source>
        <translation>打开案例(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save case…</source>
        <translation>保存案例(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Inputs and passphrases…</source>
        <translation>输入与密码(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next outlier</source>
        <translation>下一个离群点(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous outlier</source>
        <translation>上一个离群点(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;call</source>
        <translation>下一个调用(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Fit the map</source>
        <translation>适应地图(&amp;F)</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>Run cancelled; the previous results are still shown.</source>
        <translation>运行已取消；仍显示之前的结果。</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) ranked from %1 package(s); %2 error(s); %3 s</source>
        <translation>
            <numerusform>已对来自 %1 个软件包的 %n 个脚本排序；%2 个错误；%3 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>(run)</source>
        <translation>（运行）</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from the autosave.</source>
        <translation>已从自动保存中恢复未保存的更改。</translation>
    </message>
    <message>
        <source>Unsaved changes (autosaved).</source>
        <translation>未保存的更改（已自动保存）。</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>New case, not saved yet.</source>
        <translation>新案例，尚未保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n ranked script(s) selected on the map</source>
        <translation>
            <numerusform>已在地图上选中 %n 个排名脚本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>outlier (noise)</source>
        <translation>离群点（噪声）</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>聚类 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 个调用</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes (autosaved every 30 s).</source>
        <translation>未保存的更改（每 30 秒自动保存）。</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Lines %1–%2 of %3: what do they do?</source>
        <translation>%3 的第 %1–%2 行：它们做了什么？</translation>
    </message>
    <message>
        <source>no case is open</source>
        <translation>没有打开的案例</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>保存案例</translation>
    </message>
    <message>
        <source>Case files (*.mphcase)</source>
        <translation>案例文件 (*.mphcase)</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案例</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Current case as &amp;OSV record…</source>
        <translation>将当前案例导出为 OSV 记录(&amp;O)…</translation>
    </message>
    <message>
        <source>OSV record</source>
        <translation>OSV 记录</translation>
    </message>
    <message>
        <source>Write the current case as an OSV record (OpenSSF malicious-packages format)</source>
        <translation>将当前案例写为 OSV 记录（OpenSSF malicious-packages 格式）</translation>
    </message>
    <message>
        <source>Selected rows&apos; cases as OSV records into a &amp;folder…</source>
        <translation>将所选行的案例导出为 OSV 记录到文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>One OSV file per package, laid out as in the OpenSSF malicious-packages repository (osv/malicious/pypi/PACKAGE/)</source>
        <translation>每个软件包一个 OSV 文件，目录结构与 OpenSSF malicious-packages 仓库相同（osv/malicious/pypi/软件包名/）</translation>
    </message>
    <message>
        <source>Current case as &amp;HTML report…</source>
        <translation>将当前案例导出为 HTML 报告(&amp;H)…</translation>
    </message>
    <message>
        <source>Current case as &amp;PDF report…</source>
        <translation>将当前案例导出为 PDF 报告(&amp;P)…</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <source>Write a PDF report of the current case</source>
        <translation>为当前案例生成 PDF 报告</translation>
    </message>
    <message>
        <source>Ranked table, all rows, as &amp;CSV…</source>
        <translation>排名表（全部行）导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Ranked table, rows shown (filtered, sorted), as &amp;JSON…</source>
        <translation>排名表（当前显示的行，已筛选、排序）导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Ranked table, all rows, as JSO&amp;N…</source>
        <translation>排名表（全部行）导出为 JSON(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save workspace…</source>
        <translation>保存工作区(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;workspace…</source>
        <translation>打开工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>Export the case as an OSV record</source>
        <translation>将案例导出为 OSV 记录</translation>
    </message>
    <message>
        <source>OSV records (*.json)</source>
        <translation>OSV 记录 (*.json)</translation>
    </message>
    <message>
        <source>Folder for the OSV records (the repository&apos;s root)</source>
        <translation>OSV 记录的存放文件夹（仓库根目录）</translation>
    </message>
    <message>
        <source>Export the case as an HTML report</source>
        <translation>将案例导出为 HTML 报告</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <source>Export the case as a PDF report</source>
        <translation>将案例导出为 PDF 报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export every ranked script as CSV</source>
        <translation>将所有已排名的脚本导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the rows shown as JSON</source>
        <translation>将当前显示的行导出为 JSON</translation>
    </message>
    <message>
        <source>Export every ranked script as JSON</source>
        <translation>将所有已排名的脚本导出为 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Save the workspace</source>
        <translation>保存工作区</translation>
    </message>
    <message>
        <source>Workspaces (*.mphworkspace)</source>
        <translation>工作区 (*.mphworkspace)</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message numerus="yes">
        <source>%n OSV record(s) written under %1</source>
        <translation>
            <numerusform>已在 %1 下写入 %n 条 OSV 记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>没有打开的案例。</translation>
    </message>
    <message>
        <source>Nothing has been ranked yet.</source>
        <translation>尚未进行排名。</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>未选择任何行。</translation>
    </message>
    <message>
        <source>MPHunter case: %1 %2</source>
        <translation>MPHunter 案例：%1 %2</translation>
    </message>
    <message>
        <source>The table shows no rows; clear the filter first.</source>
        <translation>表格中没有显示任何行，请先清除筛选条件。</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1: %n case(s) restored; %2 passphrase(s) were not stored, the configured ones are used.</source>
        <translation>
            <numerusform>工作区 %1：已恢复 %n 个案例；有 %2 个密码未保存，将使用已配置的密码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1: %n case(s) restored; running its inputs again.</source>
        <translation>
            <numerusform>工作区 %1：已恢复 %n 个案例；正在重新运行其输入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) had newer unsaved changes in their autosave; those were kept.</source>
        <translation>
            <numerusform>%n 个案例的自动保存中有更新的未保存更改，已予以保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranked table, rows shown (filtered, sorted), as C&amp;SV…</source>
        <translation>排名表（当前显示的行，已筛选、排序）导出为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Export the rows shown as CSV</source>
        <translation>将当前显示的行导出为 CSV</translation>
    </message>
    <message>
        <source>Export the campaign as OSV records</source>
        <translation>将攻击活动导出为 OSV 记录</translation>
    </message>
    <message>
        <source>Compare with &amp;previous version</source>
        <translation>与上一版本比较(&amp;P)</translation>
    </message>
    <message>
        <source>Diff the script and the files it runs against the project&apos;s earlier version</source>
        <translation>将脚本及其运行的文件与该项目的早期版本进行差异比较</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n package(s) new</source>
        <translation>
            <numerusform>%n 个软件包中有 %1 个是新的</numerusform>
        </translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>历史记录：%1</translation>
    </message>
    <message>
        <source>Reading %1 %2…</source>
        <translation>正在读取 %1 %2…</translation>
    </message>
    <message>
        <source>No earlier version of this project is at hand.</source>
        <translation>没有该项目的早期版本。</translation>
    </message>
    <message>
        <source>%1 %2 has no %3</source>
        <translation>%1 %2 中没有 %3</translation>
    </message>
    <message>
        <source>Compare with previous version</source>
        <translation>与上一版本比较</translation>
    </message>
    <message>
        <source>from the history</source>
        <translation>来自历史记录</translation>
    </message>
    <message>
        <source>from this run</source>
        <translation>来自本次运行</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1 %2 (this run)</source>
        <translation>%1 %2（本次运行）</translation>
    </message>
    <message>
        <source>There is no campaign %1 in this run.</source>
        <translation>本次运行中没有攻击活动 %1。</translation>
    </message>
    <message>
        <source>Verdict %1 set for the %2 packages of the campaign.</source>
        <translation>已将攻击活动中 %2 个软件包的结论设为“%1”。</translation>
    </message>
    <message>
        <source>The campaign&apos;s verdicts are in its cases but not in the history: %1</source>
        <translation>攻击活动的结论已写入其案例，但未记入历史记录：%1</translation>
    </message>
    <message>
        <source>Verdict %1 set for the %2 packages of the campaign and recorded in the history.</source>
        <translation>已将攻击活动中 %2 个软件包的结论设为“%1”，并已记入历史记录。</translation>
    </message>
</context>
<context>
    <name>mph::app::MapWidget</name>
    <message>
        <source>No map yet: open a batch folder or wait for the run to finish.</source>
        <translation>尚无地图：请打开一个批次文件夹或等待运行完成。</translation>
    </message>
    <message>
        <source>background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>batch (coloured by cluster)</source>
        <translation>批次（按聚类着色）</translation>
    </message>
    <message>
        <source>batch outlier (ringed)</source>
        <translation>批次离群点（带圈）</translation>
    </message>
    <message>
        <source>known malicious</source>
        <translation>已知恶意</translation>
    </message>
</context>
<context>
    <name>mph::app::RankedScriptModel</name>
    <message>
        <source>HDBSCAN noise: an outlier among batch and background (GLOSH %1)</source>
        <translation>HDBSCAN 噪声：批次与背景中的离群点（GLOSH %1）</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>d_b</source>
        <translation>d_b</translation>
    </message>
    <message>
        <source>d_m</source>
        <translation>d_m</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>Nearest known</source>
        <translation>最近的已知</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>New version of a project judged malicious</source>
        <translation>已判定为恶意的项目的新版本</translation>
    </message>
    <message>
        <source>%1
New version of a project judged malicious</source>
        <translation>%1
已判定为恶意的项目的新版本</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2 判定</translation>
    </message>
    <message>
        <source>Not seen by an earlier run</source>
        <translation>此前的运行中未曾出现</translation>
    </message>
    <message>
        <source>First seen on %1</source>
        <translation>首次发现于 %1</translation>
    </message>
    <message>
        <source>Prior verdict</source>
        <translation>先前结论</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次发现</translation>
    </message>
</context>
<context>
    <name>mph::app::RankedTableWidget</name>
    <message>
        <source>Outliers only</source>
        <translation>仅离群点</translation>
    </message>
    <message>
        <source>Filter by package or nearest known…</source>
        <translation>按软件包或最近的已知项筛选…</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>所有范围</translation>
    </message>
    <message>
        <source>install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>所有结论</translation>
    </message>
    <message>
        <source>Next outlier</source>
        <translation>下一个离群点</translation>
    </message>
    <message>
        <source>Previous outlier</source>
        <translation>上一个离群点</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Hide judged packages</source>
        <translation>隐藏已判定的软件包</translation>
    </message>
    <message>
        <source>Hide packages the history says were judged before this run</source>
        <translation>隐藏历史记录显示在本次运行之前已判定的软件包</translation>
    </message>
    <message>
        <source>Set verdict for the campaign</source>
        <translation>设置攻击活动的结论</translation>
    </message>
    <message>
        <source>Export the campaign as OSV records…</source>
        <translation>将攻击活动导出为 OSV 记录…</translation>
    </message>
</context>
<context>
    <name>mph::app::SettingsDialog</name>
    <message>
        <source>Background (benign) folders</source>
        <translation>背景（良性）文件夹</translation>
    </message>
    <message>
        <source>Known-malicious folders</source>
        <translation>已知恶意文件夹</translation>
    </message>
    <message>
        <source>Tried in turn on encrypted zips, one per line</source>
        <translation>依次用于加密 zip，每行一个</translation>
    </message>
    <message>
        <source>Passphrases</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Packages are only read in memory: nothing is extracted, installed or run.</source>
        <translation>软件包仅在内存中读取：不解压、不安装、不运行任何内容。</translation>
    </message>
    <message>
        <source>One folder per line; searched recursively for packages</source>
        <translation>每行一个文件夹；递归搜索软件包</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Inputs, passphrases and history</source>
        <translation>输入、密码与历史记录</translation>
    </message>
    <message>
        <source>SQLite file that remembers every scanned package and every verdict; created when missing. The command line&apos;s --history takes the same file.</source>
        <translation>记录每个已扫描软件包和每个结论的 SQLite 文件；不存在时创建。命令行的 --history 使用同一文件。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>History file</source>
        <translation>历史记录文件</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>历史数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Verdicts teach the next run</source>
        <translation>结论指导下一次运行</translation>
    </message>
    <message>
        <source>Packages judged malicious join the known set of later runs, packages judged benign the background, and new versions of projects judged malicious come first</source>
        <translation>判定为恶意的软件包加入后续运行的已知集合，判定为良性的软件包加入背景，已判定为恶意的项目的新版本排在最前</translation>
    </message>
    <message>
        <source>Recorded with every verdict; the explanation says &quot;judged by you&quot; for your own</source>
        <translation>随每个结论一起记录；对你自己的结论，解释中显示“由你判定”</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析员</translation>
    </message>
</context>
<context>
    <name>mph::app::VersionDiffWidget</name>
    <message>
        <source>The script and the files of its package that it runs</source>
        <translation>脚本及其运行的软件包内文件</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>下一处更改</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>上一处更改</translation>
    </message>
    <message>
        <source>%1 (new in this version)</source>
        <translation>%1（此版本新增）</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>相同</translation>
    </message>
    <message numerus="yes">
        <source>+%1 −%2 ~%3 lines, %n change(s)</source>
        <translation>
            <numerusform>+%1 −%2 ~%3 行，%n 处更改</numerusform>
        </translation>
    </message>
    <message>
        <source> (approximate: the files differ too much for an exact diff)</source>
        <translation>（近似：文件差异过大，无法精确比较）</translation>
    </message>
</context>
</TS>

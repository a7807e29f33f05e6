// The translation files agree: every count that Slovene gives its plural forms (a numerus
// message of <id>_sl.ts, which lupdate keeps complete) has English's two forms in the
// matching <id>_en.ts, so that no count reads "proposal(s)" in the English window.
#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Numerus {
    QStringList forms; ///< the non-empty forms of its translation
};

/// Context + "\n" + source of each numerus message of `path`, with its forms.
QMap<QString, Numerus> numerusMessages(const QString& path)
{
    QMap<QString, Numerus> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    Numerus current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                current = {};
            } else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("numerusform")) {
                const QString form = xml.readElementText();
                if (!form.isEmpty())
                    current.forms << form;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && numerus) {
            out.insert(context + QLatin1Char('\n') + source, current);
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyCountHasEnglishForms_data();
    void everyCountHasEnglishForms();
};

void TestTranslations::everyCountHasEnglishForms_data()
{
    QTest::addColumn<QString>("slovene");
    QTest::addColumn<QString>("english");
    const QDir root(QStringLiteral(CONTINGENT_SOURCE_DIR));
    QTest::newRow("shell") << root.filePath("i18n/contingent_sl.ts")
                           << root.filePath("i18n/contingent_en.ts");
    for (const QString& plugin :
         QDir(root.filePath("plugins")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString sl = root.filePath("plugins/" + plugin + "/i18n/" + plugin + "_sl.ts");
        if (QFile::exists(sl))
            QTest::newRow(qPrintable(plugin))
                << sl << root.filePath("plugins/" + plugin + "/i18n/" + plugin + "_en.ts");
    }
}

void TestTranslations::everyCountHasEnglishForms()
{
    QFETCH(QString, slovene);
    QFETCH(QString, english);
    const auto counts = numerusMessages(slovene);
    QVERIFY2(!counts.isEmpty(), qPrintable(slovene + " has no counts (or cannot be read)"));
    const auto forms = numerusMessages(english);
    QStringList missing;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto found = forms.constFind(it.key());
        if (found == forms.cend() || found->forms.size() != 2)
            missing << QString(it.key()).replace('\n', QLatin1String(": "));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(english
                        + " lacks the English forms of (lupdate -pluralonly, then "
                          "i18n/plural_en.py):\n  "
                        + missing.join("\n  ")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

#include "rig.h"
#include <QtTest>
class TestCallProcessorRules : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(TestCallProcessorRules)
#include "tst_callprocessor_rules.moc"

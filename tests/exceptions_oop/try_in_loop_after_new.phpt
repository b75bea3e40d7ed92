--TEST--
a try/catch after new expressions resumes with the right stack: loops around it keep going
--FILE--
<?php
// a try/catch after new expressions resumes with the right stack: loops around it keep going
function risky($i) { if ($i % 2) throw new RuntimeException("odd $i"); return new ArrayObject([$i]); }
$made = new ArrayObject([]);
foreach ([1, 2, 3, 4] as $i) {
    $o = new stdClass;
    try {
        $made[] = risky($i);
        echo "ok $i\n";
    } catch (RuntimeException $e) {
        echo "caught ", $e->getMessage(), "\n";
    }
}
foreach (['a', 'b'] as $k) {
    try { throw new LogicException($k); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
}
var_dump(count($made));
--EXPECT--
caught odd 1
ok 2
caught odd 3
ok 4
a
b
int(2)

--TEST--
a generator function yields values lazily
--FILE--
<?php
function counter($n) {
    echo "start\n";
    for ($i = 1; $i <= $n; $i++) {
        echo "before yield $i\n";
        yield $i;
        echo "after yield $i\n";
    }
    echo "end\n";
}
$g = counter(2);
echo "created\n";
foreach ($g as $v) echo "got $v\n";
--EXPECT--
created
start
before yield 1
got 1
after yield 1
before yield 2
got 2
after yield 2
end

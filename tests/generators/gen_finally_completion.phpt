--TEST--
finally blocks in generators run on completion and on early return
--FILE--
<?php
function g() {
    try {
        yield 1;
        yield 2;
    } finally {
        echo "finally\n";
    }
    echo "after try\n";
}
foreach (g() as $v) echo $v, "\n";
function h() {
    try {
        yield 1;
        return;
        yield 2;
    } finally {
        echo "finally on return\n";
    }
}
foreach (h() as $v) echo $v, "\n";
--EXPECT--
1
2
finally
after try
1
finally on return

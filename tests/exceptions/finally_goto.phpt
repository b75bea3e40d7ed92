--TEST--
goto out of a try runs finally; goto inside a try does not; goto into a try is allowed
--FILE--
<?php
function out_of_try() {
    try {
        echo "try\n";
        goto done;
    } finally {
        echo "finally\n";
    }
    done:
    echo "label\n";
}
out_of_try();
function within_try() {
    try {
        goto skip;
        echo "skipped\n";
        skip:
        echo "same try\n";
    } finally {
        echo "finally once\n";
    }
}
within_try();
function into_try() {
    goto inside;
    try {
        echo "skipped\n";
        inside:
        echo "jumped into the try\n";
        intdiv(1, 0);
    } catch (DivisionByZeroError $e) {
        echo "and its catch works\n";
    } finally {
        echo "and its finally\n";
    }
}
into_try();
function out_of_loops() {
    foreach ([1, 2] as $x) {
        try {
            foreach ([3, 4] as $y) {
                try {
                    if ($y === 4) goto out;
                    echo "$x$y\n";
                } finally {
                    echo "inner $x$y\n";
                }
            }
        } finally {
            echo "outer $x\n";
        }
    }
    out:
    echo "out\n";
}
out_of_loops();
--EXPECT--
try
finally
label
same try
finally once
jumped into the try
and its catch works
and its finally
13
inner 13
inner 14
outer 1
out

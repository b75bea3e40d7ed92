--TEST--
break/continue of a loop inside a finally block are fine
--FILE--
<?php
try {
    echo "try\n";
} finally {
    foreach ([1, 2, 3] as $v) {
        if ($v === 2) continue;
        if ($v === 3) break;
        echo "finally loop $v\n";
    }
    echo "finally end\n";
}
--EXPECT--
try
finally loop 1
finally end

--TEST--
Throwable (and Stringable) match every exception
--FILE--
<?php
foreach (['intdiv', 'strlen', 'missing'] as $f) {
    try {
        if ($f === 'intdiv') intdiv(1, 0);
        elseif ($f === 'strlen') strlen([]);
        else missing();
    } catch (Throwable $t) {
        echo "$f: Throwable\n";
    }
}
try {
    intdiv(1, 0);
} catch (\Stringable $s) {
    echo "Stringable\n";
}
--EXPECT--
intdiv: Throwable
strlen: Throwable
missing: Throwable
Stringable

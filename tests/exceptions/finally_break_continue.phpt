--TEST--
break and continue out of a try run its finally
--FILE--
<?php
for ($i = 0; $i < 4; $i++) {
    try {
        if ($i === 1) continue;
        if ($i === 3) break;
        echo "for $i\n";
    } finally {
        echo "for finally $i\n";
    }
}
$n = 0;
while (true) {
    $n++;
    try {
        if ($n < 3) continue;
        break;
    } finally {
        echo "while finally $n\n";
    }
}
do {
    try {
        echo "do\n";
        break;
    } finally {
        echo "do finally\n";
    }
} while (true);
foreach (["a", "b", "c"] as $k => $v) {
    try {
        if ($v === "b") continue;
        echo "foreach $k $v\n";
    } finally {
        echo "foreach finally $v\n";
    }
}
--EXPECT--
for 0
for finally 0
for finally 1
for 2
for finally 2
for finally 3
while finally 1
while finally 2
while finally 3
do
do finally
foreach 0 a
foreach finally a
foreach finally b
foreach 2 c
foreach finally c

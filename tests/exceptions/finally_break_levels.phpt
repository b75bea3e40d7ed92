--TEST--
break 2 / continue 2 through nested loops run each finally left, innermost first
--FILE--
<?php
foreach ([1, 2] as $a) {
    try {
        foreach ([1, 2, 3] as $b) {
            try {
                if ($b === 2) continue 2;
                echo "$a.$b\n";
            } finally {
                echo "inner finally $a.$b\n";
            }
        }
    } finally {
        echo "outer finally $a\n";
    }
}
for ($i = 0; $i < 2; $i++) {
    foreach ([10, 20] as $v) {
        try {
            try {
                if ($v === 20) break 2;
                echo "$i $v\n";
            } finally {
                echo "f1 $i $v\n";
            }
        } finally {
            echo "f2 $i $v\n";
        }
    }
}
echo "after loops\n";
--EXPECT--
1.1
inner finally 1.1
inner finally 1.2
outer finally 1
2.1
inner finally 2.1
inner finally 2.2
outer finally 2
0 10
f1 0 10
f2 0 10
f1 0 20
f2 0 20
after loops

--TEST--
$$a, ${'x'} and ${expr} variable variables
--FILE--
<?php
$a = 'b';
$b = 'c';
$c = 'cval';
echo $$a, " ", $$$a, "\n";
$$a = 'set via $$a';
echo $b, "\n";
${'dyn' . 'amic'} = 42;
echo $dynamic, "\n";
echo ${'a'}, "\n";
$name = 'with space';
$$name = 'odd';
echo ${'with space'}, "\n";
$arr = ['k' => 'b'];
echo ${$arr['k']}, "\n";
--EXPECT--
c cval
set via $$a
42
b
odd
set via $$a

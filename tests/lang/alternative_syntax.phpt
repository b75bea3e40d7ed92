--TEST--
if/while/for/foreach/switch alternative syntax with endif etc.
--FILE--
<?php
$n = 2;
if ($n == 1): echo "one\n";
elseif ($n == 2): echo "two\n";
else: echo "other\n";
endif;
$i = 0;
while ($i < 3): echo $i++; endwhile;
echo "\n";
for ($j = 0; $j < 3; $j++): echo $j; endfor;
echo "\n";
foreach ([7, 8] as $k => $v): echo "$k=$v "; endforeach;
echo "\n";
switch ($n):
    case 1: echo "c1\n"; break;
    case 2: echo "c2\n"; break;
endswitch;
?>
<?php if ($n > 1): ?>
HTML branch <?= $n ?>

<?php else: ?>
not shown
<?php endif; ?>
done
--EXPECT--
two
012
012
0=7 1=8 
c2
HTML branch 2
done

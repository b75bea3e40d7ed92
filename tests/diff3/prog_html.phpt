--TEST--
realistic program: inline-HTML template with alternative control syntax
--FILE--
<?php
$title = "Report <2024>";
$rows = [['id' => 1, 'name' => 'Widget', 'price' => 9.5], ['id' => 2, 'name' => 'Gadget & Co', 'price' => 12], ['id' => 3, 'name' => 'Thing', 'price' => 0]];
function esc($s) { $o = ''; for ($i = 0; $i < strlen($s); $i++) { $c = $s[$i]; $o .= match ($c) { '<' => '&lt;', '>' => '&gt;', '&' => '&amp;', '"' => '&quot;', default => $c }; } return $o; }
$total = 0;
?>
<html>
<head><title><?= esc($title) ?></title></head>
<body>
<?php if (count($rows) > 0): ?>
<table>
<?php foreach ($rows as $i => $r): $total += $r['price']; ?>
  <tr class="<?= $i % 2 ? 'odd' : 'even' ?>">
    <td><?= $r['id'] ?></td><td><?= esc($r['name']) ?></td>
    <td><?php if ($r['price'] == 0): ?>free<?php elseif ($r['price'] > 10): ?>$<?= $r['price'] ?>!<?php else: ?>$<?= $r['price'] ?><?php endif ?></td>
  </tr>
<?php endforeach; ?>
</table>
<?php else: ?>
<p>No rows</p>
<?php endif; ?>
<p>Total: <?= $total ?></p>
<?php for ($i = 0; $i < 3; $i++): ?><?= $i ?>,<?php endfor ?>

<?php $n = 3; while ($n--): ?>[<?= $n ?>]<?php endwhile; ?>
<?php switch ($total):
case 21.5: ?>
twenty-one and a half
<?php break; default: ?>
other
<?php endswitch ?>
Trailing text with <?php echo "inline"; ?> and a newline after close tag
<?php echo "x" ?>
y
<?php

?>
end
--EXPECT--
<html>
<head><title>Report &lt;2024&gt;</title></head>
<body>
<table>
  <tr class="even">
    <td>1</td><td>Widget</td>
    <td>$9.5</td>
  </tr>
  <tr class="odd">
    <td>2</td><td>Gadget &amp; Co</td>
    <td>$12!</td>
  </tr>
  <tr class="even">
    <td>3</td><td>Thing</td>
    <td>free</td>
  </tr>
</table>
<p>Total: 21.5</p>
0,1,2,
[2][1][0]twenty-one and a half
Trailing text with inline and a newline after close tag
xy
end

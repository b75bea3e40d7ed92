--TEST--
realistic program: binary search tree built from nested arrays
--FILE--
<?php
function bst_insert(?array $node, $key, $val = null): array {
    if ($node === null) return ['k' => $key, 'v' => $val, 'l' => null, 'r' => null];
    if ($key < $node['k']) $node['l'] = bst_insert($node['l'], $key, $val);
    elseif ($key > $node['k']) $node['r'] = bst_insert($node['r'], $key, $val);
    else $node['v'] = $val;
    return $node;
}
function bst_insert_ref(?array &$node, $key) {
    if ($node === null) { $node = ['k' => $key, 'l' => null, 'r' => null]; return; }
    if ($key < $node['k']) bst_insert_ref($node['l'], $key); else bst_insert_ref($node['r'], $key);
}
function inorder(?array $n, array &$out) { if (!$n) return; inorder($n['l'], $out); $out[] = $n['k']; inorder($n['r'], $out); }
function height(?array $n): int { return $n === null ? 0 : 1 + max_php(height($n['l']), height($n['r'])); }
function max_php($a, $b) { return $a > $b ? $a : $b; }
function find(?array $n, $k) { while ($n !== null) { if ($k == $n['k']) return $n['v'] ?? true; $n = $k < $n['k'] ? $n['l'] : $n['r']; } return false; }
function delete_min(array $n): array { if ($n['l'] === null) return [$n['k'], $n['r']]; [$m, $n['l']] = delete_min($n['l']); return [$m, $n]; }
function bst_delete(?array $n, $k): ?array {
    if ($n === null) return null;
    if ($k < $n['k']) { $n['l'] = bst_delete($n['l'], $k); return $n; }
    if ($k > $n['k']) { $n['r'] = bst_delete($n['r'], $k); return $n; }
    if ($n['l'] === null) return $n['r'];
    if ($n['r'] === null) return $n['l'];
    [$m, $n['r']] = delete_min($n['r']);
    $n['k'] = $m;
    return $n;
}
function draw(?array $n, string $prefix = '', bool $left = false) {
    if ($n === null) return;
    draw($n['r'], $prefix . ($left ? '|   ' : '    '), false);
    echo $prefix, ($left ? '\\-- ' : '/-- '), $n['k'], "\n";
    draw($n['l'], $prefix . ($left ? '    ' : '|   '), true);
}
$root = null;
foreach ([50, 30, 70, 20, 40, 60, 80, 35, 45, 65] as $k) $root = bst_insert($root, $k, "v$k");
$o = []; inorder($root, $o); echo implode_php(' ', $o), "\n";
echo height($root), "\n";
var_dump(find($root, 45), find($root, 46), find($root, '65'));
$root = bst_delete($root, 30); $root = bst_delete($root, 50); $root = bst_delete($root, 999);
$o = []; inorder($root, $o); echo implode_php(' ', $o), "\n";
draw($root);
$r2 = null;
foreach (['m', 'c', 'x', 'a', 'e', 'z', 'b'] as $k) bst_insert_ref($r2, $k);
$o = []; inorder($r2, $o); echo implode_php(',', $o), "\n";
print_r($r2['l']);
function implode_php($g, $a) { $s = ''; $first = true; foreach ($a as $v) { $s .= ($first ? '' : $g) . $v; $first = false; } return $s; }
var_export(bst_insert(bst_insert(null, 1.5), true));
echo "\n";
--EXPECT--
20 30 35 40 45 50 60 65 70 80
4
string(3) "v45"
bool(false)
string(3) "v65"
20 35 40 45 60 65 70 80
        /-- 80
    /-- 70
    |   \-- 65
/-- 60
|   |       /-- 45
|   |   /-- 40
|   \-- 35
|       \-- 20
a,b,c,e,m,x,z
Array
(
    [k] => c
    [l] => Array
        (
            [k] => a
            [l] => 
            [r] => Array
                (
                    [k] => b
                    [l] => 
                    [r] => 
                )

        )

    [r] => Array
        (
            [k] => e
            [l] => 
            [r] => 
        )

)
array (
  'k' => 1.5,
  'v' => NULL,
  'l' => NULL,
  'r' => NULL,
)

--TEST--
realistic program: BFS/DFS, topological sort and Dijkstra on adjacency arrays
--FILE--
<?php
$edges = [['a','b'],['a','c'],['b','d'],['c','d'],['d','e'],['f','g'],['e','b'],['h','h']];
$adj = [];
foreach ($edges as [$u, $v]) { $adj[$u][] = $v; $adj[$v][] = $u; }
function bfs(array $adj, string $s): array {
    $dist = [$s => 0]; $q = [$s]; $head = 0; $parent = [$s => null];
    while ($head < count($q)) {
        $u = $q[$head++];
        foreach ($adj[$u] ?? [] as $v) if (!isset($dist[$v])) { $dist[$v] = $dist[$u] + 1; $parent[$v] = $u; $q[] = $v; }
    }
    return [$dist, $parent];
}
function path($parent, $t) { $p = []; while ($t !== null) { $p = [$t, ...$p]; $t = $parent[$t]; } return $p; }
function dfs(array $adj, string $u, array &$seen, array &$order) {
    $seen[$u] = true; $order[] = $u;
    foreach ($adj[$u] as $v) if (empty($seen[$v])) dfs($adj, $v, $seen, $order);
}
[$d, $p] = bfs($adj, 'a');
print_r($d);
echo join_php('->', path($p, 'e')), "\n";
$seen = []; $comps = [];
foreach ($adj as $u => $_) { if (!isset($seen[$u])) { $o = []; dfs($adj, $u, $seen, $o); $comps[] = $o; } }
var_dump($comps);
function join_php($g, $a) { $s = ''; foreach ($a as $i => $v) $s .= ($i ? $g : '') . $v; return $s; }
// topo sort with Kahn on DAG
$dag = ['shirt' => ['tie', 'belt'], 'tie' => ['jacket'], 'pants' => ['shoes', 'belt'], 'belt' => ['jacket'], 'socks' => ['shoes'], 'shoes' => [], 'jacket' => [], 'watch' => []];
$indeg = [];
foreach ($dag as $u => $vs) { $indeg[$u] ??= 0; foreach ($vs as $v) $indeg[$v] = ($indeg[$v] ?? 0) + 1; }
$q = []; foreach ($indeg as $u => $k) if ($k === 0) $q[] = $u;
$res = [];
while ($q) { $u = $q[0]; $q = slice($q, 1); $res[] = $u; foreach ($dag[$u] as $v) if (--$indeg[$v] === 0) $q[] = $v; }
echo join_php(' ', $res), "\n";
function slice($a, $from) { $r = []; for ($i = $from; $i < count($a); $i++) $r[] = $a[$i]; return $r; }
// Dijkstra on weighted grid
$w = [[1,3,1,2],[1,5,1,9],[4,2,1,1],[7,1,8,1]];
$R = count($w); $C = count($w[0]);
$dist = []; $done = [];
$dist["0,0"] = $w[0][0];
while (true) {
    $best = null;
    foreach ($dist as $k => $dv) if (!isset($done[$k]) && ($best === null || $dv < $dist[$best])) $best = $k;
    if ($best === null) break;
    $done[$best] = 1;
    [$r, $c] = explode_php(',', $best);
    foreach ([[0,1],[1,0],[0,-1],[-1,0]] as [$dr, $dc]) {
        $nr = $r + $dr; $nc = $c + $dc;
        if ($nr < 0 || $nc < 0 || $nr >= $R || $nc >= $C) continue;
        $nd = $dist[$best] + $w[$nr][$nc];
        if (!isset($dist["$nr,$nc"]) || $nd < $dist["$nr,$nc"]) $dist["$nr,$nc"] = $nd;
    }
}
echo $dist[($R-1) . ',' . ($C-1)], "\n";
function explode_php($d, $s) { $r = []; $cur = ''; for ($i = 0; $i < strlen($s); $i++) { if ($s[$i] == $d) { $r[] = (int)$cur; $cur = ''; } else $cur .= $s[$i]; } $r[] = (int)$cur; return $r; }
var_dump(count($dist), isset($adj['h']), $adj['h']);
--EXPECT--
Array
(
    [a] => 0
    [b] => 1
    [c] => 1
    [d] => 2
    [e] => 2
)
a->b->e
array(3) {
  [0]=>
  array(5) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
    [2]=>
    string(1) "d"
    [3]=>
    string(1) "c"
    [4]=>
    string(1) "e"
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "f"
    [1]=>
    string(1) "g"
  }
  [2]=>
  array(1) {
    [0]=>
    string(1) "h"
  }
}
shirt pants socks watch tie belt shoes jacket
9
int(16)
bool(true)
array(2) {
  [0]=>
  string(1) "h"
  [1]=>
  string(1) "h"
}

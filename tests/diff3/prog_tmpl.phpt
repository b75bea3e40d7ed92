--TEST--
realistic program: template engine with filters and string scanning
--FILE--
<?php
function render(string $tpl, array $ctx): string {
    $out = ''; $i = 0; $n = strlen($tpl);
    while ($i < $n) {
        if ($i + 1 < $n && $tpl[$i] === '{' && $tpl[$i+1] === '{') {
            $j = $i + 2; $name = '';
            while ($j < $n && !($tpl[$j] === '}' && ($tpl[$j+1] ?? '') === '}')) { $name .= $tpl[$j]; $j++; }
            $name = trim_php($name);
            $filters = split_php($name, '|');
            $key = array_shift_php($filters);
            $val = lookup($ctx, $key);
            foreach ($filters as $f) $val = apply_filter(trim_php($f), $val);
            $out .= is_array($val) ? 'Array' : (string)$val;
            $i = $j + 2;
        } else { $out .= $tpl[$i++]; }
    }
    return $out;
}
function trim_php($s) { $a = 0; $b = strlen($s) - 1; while ($a <= $b && $s[$a] === ' ') $a++; while ($b >= $a && $s[$b] === ' ') $b--; $r=''; for($k=$a;$k<=$b;$k++) $r.=$s[$k]; return $r; }
function split_php($s, $d) { $parts = []; $cur = ''; for ($i = 0; $i < strlen($s); $i++) { if ($s[$i] === $d) { $parts[] = $cur; $cur = ''; } else $cur .= $s[$i]; } $parts[] = $cur; return $parts; }
function array_shift_php(array &$a) { $first = null; $rest = []; $k = 0; foreach ($a as $v) { if ($k++ === 0) $first = $v; else $rest[] = $v; } $a = $rest; return $first; }
function lookup(array $ctx, string $path) {
    $cur = $ctx;
    foreach (split_php($path, '.') as $seg) {
        if (is_array($cur) && array_key_exists_php($seg, $cur)) $cur = $cur[$seg];
        else return "<missing:$path>";
    }
    return $cur;
}
function array_key_exists_php($k, $a) { foreach ($a as $kk => $_) if ((string)$kk === (string)$k) return true; return false; }
function apply_filter($f, $v) {
    switch ($f) {
        case 'upper': $r = ''; for ($i = 0; $i < strlen($v); $i++) { $c = $v[$i]; $r .= ($c >= 'a' && $c <= 'z') ? chr_php(ord_php($c) - 32) : $c; } return $r;
        case 'len': return is_array($v) ? count($v) : strlen($v);
        case 'double': return $v * 2;
        case 'json': return is_string($v) ? '"' . $v . '"' : var_export($v, true);
        default: return "[$f?]$v";
    }
}
function ord_php($c) { static $tbl = null; if ($tbl === null) { $tbl = []; for ($i = 32; $i < 127; $i++) $tbl[chr_php($i)] = $i; } return $tbl[$c] ?? 0; }
function chr_php($n) { $s = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"; return $s[$n - 32]; }
$ctx = ['user' => ['name' => 'alice', 'age' => 31, 'tags' => ['a', 'b', 'c']], 'site' => 'Example', 'n' => 2.5, 'flag' => true, 'none' => null];
$tpls = [
    "Hello {{ user.name | upper }}, you are {{user.age}} ({{ user.age|double }}).",
    "Tags: {{ user.tags|len }} {{user.tags}} {{ user.tags.1 }}",
    "{{site|json}} {{n|double}} {{flag}} [{{none}}] {{flag|json}} {{none|json}} {{n|json}}",
    "{{ nope.x }} {{ user.name|weird }} {{ unterminated",
    "plain { text } and {{user.tags.0|upper|len}}",
];
foreach ($tpls as $t) echo render($t, $ctx), "\n";
--EXPECT--
Hello <MISSING:USER.NAME >, you are 31 (62).
Tags: 3 Array b
"Example" 5 1 [] true NULL 2.5
<missing:nope.x> [weird?]alice <missing:unterminated>
plain { text } and 1

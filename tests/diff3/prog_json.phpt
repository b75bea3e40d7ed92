--TEST--
realistic program: JSON-like pretty printer and parser
--FILE--
<?php
function json_str(string $s): string {
    $out = '"';
    for ($i = 0; $i < strlen($s); $i++) {
        $c = $s[$i];
        switch ($c) {
            case '"': $out .= '\\"'; break;
            case '\\': $out .= '\\\\'; break;
            case "\n": $out .= '\\n'; break;
            case "\t": $out .= '\\t'; break;
            case "\r": $out .= '\\r'; break;
            case "\0": $out .= '\\u0000'; break;
            default: $out .= $c;
        }
    }
    return $out . '"';
}
function is_list_php(array $a): bool { $i = 0; foreach ($a as $k => $_) { if ($k !== $i++) return false; } return true; }
function indent($n) { $s = ''; for ($i = 0; $i < $n; $i++) $s .= '    '; return $s; }
function encode($v, int $depth = 0): string {
    if ($v === null) return 'null';
    if (is_bool($v)) return $v ? 'true' : 'false';
    if (is_int($v)) return (string)$v;
    if (is_float($v)) { $s = (string)$v; return (is_finite_php($v) ? ($v == (int)$v && strpos_c($s, 'E') === false ? $s . '.0' : $s) : 'null'); }
    if (is_string($v)) return json_str($v);
    if (is_array($v)) {
        if (count($v) === 0) return '[]';
        $list = is_list_php($v);
        $parts = [];
        foreach ($v as $k => $item) $parts[] = indent($depth + 1) . ($list ? '' : json_str((string)$k) . ': ') . encode($item, $depth + 1);
        $body = '';
        foreach ($parts as $i => $p) $body .= ($i ? ",\n" : '') . $p;
        return ($list ? '[' : '{') . "\n" . $body . "\n" . indent($depth) . ($list ? ']' : '}');
    }
    return '"?' . gettype($v) . '"';
}
function is_finite_php($f) { return $f === $f && $f != INF && $f != -INF; }
function strpos_c($h, $n) { for ($i = 0; $i < strlen($h); $i++) if ($h[$i] === $n) return $i; return false; }
$data = [
    'name' => "Widget \"Pro\"",
    'price' => 19.99, 'qty' => 3, 'ratio' => 2.0, 'big' => 1e25, 'tiny' => 0.1 + 0.2,
    'tags' => ['a', "b\nc", 'd\\e', "tab\there"],
    'nested' => ['x' => [1, [2, [3, []]]], 'y' => null, 'z' => false],
    5 => 'int key', '07' => 'string key', -3 => true,
    'sparse' => [0 => 'a', 2 => 'b'],
    'nan' => NAN, 'inf' => -INF, 'zero' => -0.0, 'nul' => "a\0b",
];
echo encode($data), "\n";
echo encode([]), ' ', encode([[]]), ' ', encode(['' => '']), "\n";
// parser
function jparse(string $s, int &$i) {
    skip_ws($s, $i);
    $c = $s[$i] ?? '';
    if ($c === '{') { $i++; $r = []; skip_ws($s, $i); if ($s[$i] === '}') { $i++; return $r; }
        while (true) { skip_ws($s, $i); $k = jparse($s, $i); skip_ws($s, $i); $i++; $r[$k] = jparse($s, $i); skip_ws($s, $i); if ($s[$i++] === '}') return $r; } }
    if ($c === '[') { $i++; $r = []; skip_ws($s, $i); if ($s[$i] === ']') { $i++; return $r; }
        while (true) { $r[] = jparse($s, $i); skip_ws($s, $i); if ($s[$i++] === ']') return $r; } }
    if ($c === '"') { $i++; $r = ''; while ($s[$i] !== '"') { if ($s[$i] === '\\') { $i++; $e = $s[$i]; $r .= $e === 'n' ? "\n" : ($e === 't' ? "\t" : $e); } else $r .= $s[$i]; $i++; } $i++; return $r; }
    if (substr_at($s, $i, 4) === 'true') { $i += 4; return true; }
    if (substr_at($s, $i, 5) === 'false') { $i += 5; return false; }
    if (substr_at($s, $i, 4) === 'null') { $i += 4; return null; }
    $num = ''; while ($i < strlen($s) && strpos_c('-+.eE0123456789', $s[$i]) !== false) $num .= $s[$i++];
    return $num + 0;
}
function substr_at($s, $i, $n) { $r = ''; for ($k = 0; $k < $n && $i + $k < strlen($s); $k++) $r .= $s[$i + $k]; return $r; }
function skip_ws($s, &$i) { while ($i < strlen($s) && ($s[$i] === ' ' || $s[$i] === "\n")) $i++; }
$i = 0; $back = jparse(encode($data), $i);
var_dump($back);
--EXPECT--
{
    "name": "Widget \"Pro\"",
    "price": 19.99,
    "qty": 3,
    "ratio": 2.0,
    "big": 1.0E+25,
    "tiny": 0.3,
    "tags": [
        "a",
        "b\nc",
        "d\\e",
        "tab\there"
    ],
    "nested": {
        "x": [
            1,
            [
                2,
                [
                    3,
                    []
                ]
            ]
        ],
        "y": null,
        "z": false
    },
    "5": "int key",
    "07": "string key",
    "-3": true,
    "sparse": {
        "0": "a",
        "2": "b"
    },
    "nan": null,
    "inf": null,
    "zero": -0.0,
    "nul": "a\u0000b"
}
[] [
    []
] {
    "": ""
}
array(16) {
  ["name"]=>
  string(12) "Widget "Pro""
  ["price"]=>
  float(19.99)
  ["qty"]=>
  int(3)
  ["ratio"]=>
  float(2)
  ["big"]=>
  float(1.0E+25)
  ["tiny"]=>
  float(0.3)
  ["tags"]=>
  array(4) {
    [0]=>
    string(1) "a"
    [1]=>
    string(3) "b
c"
    [2]=>
    string(3) "d\e"
    [3]=>
    string(8) "tab	here"
  }
  ["nested"]=>
  array(3) {
    ["x"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      array(2) {
        [0]=>
        int(2)
        [1]=>
        array(2) {
          [0]=>
          int(3)
          [1]=>
          array(0) {
          }
        }
      }
    }
    ["y"]=>
    NULL
    ["z"]=>
    bool(false)
  }
  [5]=>
  string(7) "int key"
  ["07"]=>
  string(10) "string key"
  [-3]=>
  bool(true)
  ["sparse"]=>
  array(2) {
    [0]=>
    string(1) "a"
    [2]=>
    string(1) "b"
  }
  ["nan"]=>
  NULL
  ["inf"]=>
  NULL
  ["zero"]=>
  float(0)
  ["nul"]=>
  string(7) "au0000b"
}

<?php
/* gen_unicase.php - regenerates builtins/unicase.h (the case mapping data of
 * mb_strtoupper/mb_strtolower) from PHP's own mbstring:
 *   php -n -d extension=mbstring tests/strings/gen_unicase.php > builtins/unicase.h
 * Every code point is mapped one by one; single-code-point results are
 * packed into runs (equal delta, stride 1 or 2), longer ones listed. */

function cps(string $s): array
{
    $r = [];
    foreach (mb_str_split($s) as $c) $r[] = mb_ord($c);
    return $r;
}

$tables = [];
foreach (['upper' => 'mb_strtoupper', 'lower' => 'mb_strtolower'] as $name => $fn) {
    $single = [];
    $multi = [];
    for ($cp = 0; $cp <= 0x10FFFF; $cp++) {
        if ($cp >= 0xD800 && $cp <= 0xDFFF) continue;
        $m = cps($fn(mb_chr($cp, 'UTF-8')));
        if (count($m) == 1) {
            if ($m[0] != $cp) $single[$cp] = $m[0] - $cp;
        } else {
            $multi[$cp] = $m;
        }
    }
    $runs = [];
    $keys = array_keys($single);
    $n = count($keys);
    for ($i = 0; $i < $n; $i = $j + 1) {
        $s = $keys[$i];
        $d = $single[$s];
        $stride = ($i + 1 < $n && $single[$keys[$i + 1]] == $d && $keys[$i + 1] - $s <= 2) ? $keys[$i + 1] - $s : 1;
        for ($j = $i; $j + 1 < $n && $keys[$j + 1] == $keys[$j] + $stride && $single[$keys[$j + 1]] == $d; $j++);
        $runs[] = [$s, $keys[$j], $d, $stride];
    }
    $tables[$name] = [$runs, $multi];
}

function rows(array $items): string
{
    $out = '';
    $line = '   ';
    foreach ($items as $item) {
        if (strlen($line) + strlen($item) > 100) {
            $out .= $line . "\n";
            $line = '   ';
        }
        $line .= $item;
    }
    return $out . $line . "\n";
}

echo "/* unicase.h - Unicode case mapping data for mb_strtoupper/mb_strtolower,\n",
     " * made from PHP 8.2's mbstring (Unicode 14) by tests/strings/gen_unicase.php.\n",
     " * Runs: code points FIRST..LAST stepping by STRIDE map to cp + DELTA.\n",
     " * Multi: full mappings to two or three code points (U+00DF -> \"SS\"). */\n",
     "#ifndef MP_UNICASE_H\n#define MP_UNICASE_H\n\n#include <stdint.h>\n\n",
     "typedef struct mp_case_run { uint32_t first, last; int32_t delta; uint8_t stride; } mp_case_run;\n",
     "typedef struct mp_case_multi { uint32_t cp; uint32_t to[3]; } mp_case_multi;\n\n";
foreach ($tables as $name => [$runs, $multi]) {
    echo "static const mp_case_run case_{$name}_runs[] = {\n";
    echo rows(array_map(fn($r) => sprintf(' {0x%X, 0x%X, %d, %d},', ...$r), $runs)), "};\n";
    echo "static const mp_case_multi case_{$name}_multi[] = {\n";
    $items = [];
    foreach ($multi as $cp => $to) $items[] = vsprintf(' {0x%X, {0x%X, 0x%X, 0x%X}},', [$cp, ...array_pad($to, 3, 0)]);
    echo rows($items), "};\n\n";
}
echo "#endif\n";

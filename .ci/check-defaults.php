<?php
// .ci/check-defaults.php -- run by `make test-ref` under php 8.2: every
// builtin row (builtins/*.c, vm/*.c) whose function php also has must give
// the same parameter names and carry php's default values of its optional
// parameters in its `defaults` field (see builtins/builtins.h). Prints one
// line per row that differs, with the defaults string to write; exit 1 then.
$root = dirname(__DIR__);
$files = array_merge(glob("$root/builtins/*.c"), glob("$root/vm/*.c"));
$row = '/^    \{ "([A-Za-z0-9_:]+)", \w+, (-?\d+), (-?\d+), "([^"]*)", "([^"]*)"(?:, "((?:[^"\\\\]|\\\\.)*)")? \},/';

// A default value in the rows' notation; a constant default may also be
// written as its name (the second form).
function tokens(ReflectionParameter $p): array {
    if (!$p->isDefaultValueAvailable()) return ['?'];
    $forms = [];
    if ($p->isDefaultValueConstant()) {
        $c = $p->getDefaultValueConstantName();
        if (!str_contains($c, '\\') && !str_contains($c, '::')) $forms[] = $c;
    }
    $v = $p->getDefaultValue();
    array_unshift($forms, literal($v));
    return $forms;
}
function literal(mixed $v): string {
    return match (true) {
        $v === null => 'null',
        $v === true => 'true',
        $v === false => 'false',
        $v === [] => '[]',
        is_int($v) => (string)$v,
        is_float($v) => var_export($v, true),
        is_string($v) => "'" . strtr($v, ['\\' => '\\\\', "'" => "\\'", "\n" => '\n', "\r" => '\r',
                                           "\t" => '\t', "\v" => '\v', "\0" => '\0']) . "'",
        default => '?',
    };
}
// The C string literal's contents as the runtime sees them.
function c_unescape(string $s): string {
    return stripcslashes($s);
}

$bad = 0;
foreach ($files as $file) {
    foreach (file($file) as $n => $line) {
        if (!preg_match($row, $line, $m)) continue;
        [, $name, $min, $max, , $names] = $m;
        $have = isset($m[6]) ? c_unescape($m[6]) : '';
        try {
            $f = str_contains($name, '::') ? new ReflectionMethod($name) : new ReflectionFunction($name);
        } catch (ReflectionException) {
            continue;   // not a php function (pagelets, xbox...) or its extension is not loaded
        }
        $params = $f->getParameters();
        $pnames = array_map(fn($p) => $p->getName(), $params);
        $where = basename(dirname($file)) . '/' . basename($file) . ':' . ($n + 1);
        if ($names !== '' && explode(' ', $names) !== $pnames) {
            echo "$where: $name: parameter names \"$names\", php has \"" . implode(' ', $pnames) . "\"\n";
            $bad++;
            continue;
        }
        $last = (int)$max < 0 ? count($params) : min((int)$max, count($params));
        $want = [];
        for ($i = (int)$min; $i < $last && !$params[$i]->isVariadic(); $i++) $want[] = tokens($params[$i]);
        while ($want && end($want) === ['?']) array_pop($want);
        preg_match_all("/'(?:[^'\\\\]|\\\\.)*'|\\S+/", $have, $tm);
        $got = $tm[0];
        $same = count($got) === count($want);
        foreach ($want as $i => $forms)
            if ($same && !in_array($got[$i], $forms, true)) $same = false;
        $want = implode(' ', array_map(fn($f) => end($f), $want));
        if (!$same) {
            echo "$where: $name: defaults \"$have\", php has \"$want\"\n";
            $bad++;
        }
    }
}
echo $bad ? "check-defaults: $bad builtin rows differ from php\n" : "check-defaults: ok\n";
exit($bad ? 1 : 0);

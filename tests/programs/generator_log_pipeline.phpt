--TEST--
an iterator pipeline built from generators over log lines
--FILE--
<?php
$log = <<<LOG
2024-01-01 10:00:01 INFO  user=ann action=login
2024-01-01 10:00:05 ERROR user=bob action=upload size=120
2024-01-01 10:01:00 INFO  user=ann action=upload size=300
garbage line
2024-01-01 10:02:30 WARN  user=cid action=login
2024-01-01 10:03:00 INFO  user=bob action=upload size=50
2024-01-01 10:04:10 ERROR user=ann action=delete
2024-01-01 10:05:00 INFO  user=cid action=upload size=700
LOG;

function lines(string $text): Generator {
    foreach (explode("\n", $text) as $no => $line) yield $no + 1 => $line;
}

function parse(iterable $lines): Generator {
    $bad = 0;
    foreach ($lines as $no => $line) {
        $parts = array_values(array_filter(explode(' ', trim($line)), fn($w) => $w !== ''));
        if (count($parts) < 4) { $bad++; continue; }
        $rec = ['line' => $no, 'time' => $parts[1], 'level' => $parts[2]];
        foreach (array_slice($parts, 3) as $kv) {
            [$k, $v] = explode('=', $kv, 2);
            $rec[$k] = $v;
        }
        yield $rec;
    }
    return $bad;
}

function where(callable $pred, iterable $it): Generator {
    foreach ($it as $k => $v) if ($pred($v)) yield $k => $v;
}

function select(callable $f, iterable $it): Generator {
    foreach ($it as $k => $v) yield $k => $f($v);
}

function groupCount(string $field, iterable $it): array {
    $out = [];
    foreach ($it as $rec) $out[$rec[$field]] = ($out[$rec[$field]] ?? 0) + 1;
    ksort($out);
    return $out;
}

function tee(iterable $it, callable $spy): Generator {
    foreach ($it as $k => $v) { $spy($v); yield $k => $v; }
}

$parsed = parse(lines($log));
$records = iterator_to_array($parsed, false);
echo count($records), " records, ", $parsed->getReturn(), " bad line(s)\n";

$uploads = where(fn($r) => $r['action'] === 'upload', $records);
$sizes = select(fn($r) => $r['user'] . ':' . $r['size'], $uploads);
echo implode(", ", iterator_to_array($sizes, false)), "\n";

$seen = 0;
$errors = tee(where(fn($r) => $r['level'] === 'ERROR', $records), function () use (&$seen) { $seen++; });
foreach ($errors as $i => $e) echo "error #$i at line {$e['line']}: {$e['user']} {$e['action']}\n";
echo "spy saw $seen\n";

print_r(groupCount('user', $records));
print_r(groupCount('level', where(fn($r) => $r['user'] !== 'cid', $records)));

function totals(iterable $it): Generator {
    $sum = 0;
    foreach ($it as $r) {
        $sum += (int) ($r['size'] ?? 0);
        $cmd = yield $r['user'] => $sum;
        if ($cmd === 'stop') return "stopped at $sum";
    }
    return "finished at $sum";
}
$t = totals($records);
foreach ($t as $user => $running) {
    echo "$user -> $running\n";
    if ($running > 400) $t->send('stop');
}
echo $t->getReturn(), "\n";
--EXPECT--
7 records, 1 bad line(s)
bob:120, ann:300, bob:50, cid:700
error #1 at line 2: bob upload
error #5 at line 7: ann delete
spy saw 2
Array
(
    [ann] => 3
    [bob] => 2
    [cid] => 2
)
Array
(
    [ERROR] => 2
    [INFO] => 3
)
ann -> 0
bob -> 120
ann -> 420
stopped at 420

--TEST--
ArrayAccess with [], isset, unset, append and ??
--FILE--
<?php
class Config implements ArrayAccess {
    private $d = [];
    public function offsetExists(mixed $k): bool { echo "exists($k)\n"; return isset($this->d[$k]); }
    public function offsetGet(mixed $k): mixed { echo "get($k)\n"; return $this->d[$k] ?? null; }
    public function offsetSet(mixed $k, mixed $v): void {
        echo "set(" . var_export($k, true) . ")\n";
        if ($k === null) $this->d[] = $v; else $this->d[$k] = $v;
    }
    public function offsetUnset(mixed $k): void { echo "unset($k)\n"; unset($this->d[$k]); }
}
$c = new Config;
$c['a'] = 1;
$c[] = 'appended';
echo $c['a'], "\n";
echo $c[0], "\n";
var_dump(isset($c['a']), isset($c['zz']), empty($c['a']));
unset($c['a']);
var_dump($c['a'] ?? 'default');
$c['n'] = 5;
$c['n'] += 1;
echo $c['n'], "\n";
--EXPECT--
set('a')
set(NULL)
get(a)
1
get(0)
appended
exists(a)
exists(zz)
exists(a)
get(a)
bool(true)
bool(false)
bool(false)
unset(a)
exists(a)
string(7) "default"
set('n')
get(n)
set('n')
get(n)
6

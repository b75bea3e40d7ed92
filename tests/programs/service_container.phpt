--TEST--
a service container with closures, singletons, magic accessors, interfaces and late static binding
--FILE--
<?php
interface LoggerInterface { public function log(string $m): void; public function lines(): array; }
interface CacheInterface { public function get(string $k, callable $compute): mixed; }

class ServiceNotFound extends Exception implements Stringable {}
class CircularDependency extends LogicException {}

class MemoryLogger implements LoggerInterface {
    private array $lines = [];
    public function __construct(private string $prefix = '') {}
    public function log(string $m): void { $this->lines[] = $this->prefix . $m; }
    public function lines(): array { return $this->lines; }
}

class ArrayCache implements CacheInterface {
    private array $data = [];
    public int $hits = 0;
    public function __construct(private LoggerInterface $logger) {}
    public function get(string $k, callable $compute): mixed {
        if (array_key_exists($k, $this->data)) { $this->hits++; return $this->data[$k]; }
        $this->logger->log("cache miss: $k");
        return $this->data[$k] = $compute($k);
    }
}

class Container implements ArrayAccess, Countable {
    private array $factories = [];
    private array $shared = [];
    private array $instances = [];
    private array $resolving = [];
    protected static ?Container $default = null;

    public static function instance(): static { return static::$default ??= new static(); }
    public function bind(string $id, Closure $f, bool $shared = true): static {
        $this->factories[$id] = $f;
        $this->shared[$id] = $shared;
        unset($this->instances[$id]);
        return $this;
    }
    public function get(string $id): mixed {
        if (isset($this->instances[$id])) return $this->instances[$id];
        if (!isset($this->factories[$id])) throw new ServiceNotFound("Service '$id' not found");
        if (isset($this->resolving[$id])) {
            throw new CircularDependency("Circular dependency: " . implode(" -> ", array_keys($this->resolving)) . " -> $id");
        }
        $this->resolving[$id] = true;
        try {
            $obj = ($this->factories[$id])($this);
        } finally {
            unset($this->resolving[$id]);
        }
        if ($this->shared[$id]) $this->instances[$id] = $obj;
        return $obj;
    }
    public function __get(string $id): mixed { return $this->get($id); }
    public function __isset(string $id): bool { return isset($this->factories[$id]); }
    public function offsetExists(mixed $id): bool { return isset($this->factories[$id]); }
    public function offsetGet(mixed $id): mixed { return $this->get($id); }
    public function offsetSet(mixed $id, mixed $f): void { $this->bind($id, $f instanceof Closure ? $f : fn() => $f); }
    public function offsetUnset(mixed $id): void { unset($this->factories[$id], $this->instances[$id]); }
    public function count(): int { return count($this->factories); }
}

class TestContainer extends Container {}

$c = Container::instance();
$c->bind(LoggerInterface::class, fn() => new MemoryLogger('[app] '))
  ->bind(CacheInterface::class, fn(Container $c) => new ArrayCache($c->get(LoggerInterface::class)))
  ->bind('counter', function () { static $n = 0; return ++$n; }, false)
  ->bind('a', fn($c) => $c->get('b'))
  ->bind('b', fn($c) => $c['a']);
$c['config'] = ['debug' => true, 'name' => 'demo'];

$cache = $c->get(CacheInterface::class);
$square = fn($k) => strlen($k) ** 2;
foreach (['abc', 'de', 'abc', 'abc', 'fghij'] as $k) echo $k, "=", $cache->get($k, $square), " ";
echo "\nhits: ", $cache->hits, "\n";
var_dump($c->get(CacheInterface::class) === $cache);
echo $c->counter, $c->counter, $c['counter'], "\n";
echo $c['config']['name'], " ", count($c), " services\n";
var_dump(isset($c->config), isset($c->nothing), isset($c['a']));
foreach (['missing', 'a'] as $id) {
    try {
        $c->get($id);
    } catch (ServiceNotFound $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    } catch (CircularDependency $e) {
        echo $e->getMessage(), "\n";
    }
}
unset($c['a']);
try { $c->get('b'); } catch (ServiceNotFound $e) { echo $e->getMessage(), "\n"; }
$c->get(LoggerInterface::class)->log("done");
print_r($c->get(LoggerInterface::class)->lines());
var_dump(Container::instance() === $c);
try { TestContainer::instance(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$t = new TestContainer;
echo get_class($t), " ", count($t), "\n";
--EXPECT--
abc=9 de=4 abc=9 abc=9 fghij=25 
hits: 2
bool(true)
123
demo 6 services
bool(true)
bool(false)
bool(true)
ServiceNotFound: Service 'missing' not found
Circular dependency: a -> b -> a
Service 'a' not found
Array
(
    [0] => [app] cache miss: abc
    [1] => [app] cache miss: de
    [2] => [app] cache miss: fghij
    [3] => [app] done
)
bool(true)
Container::instance(): Return value must be of type TestContainer, Container returned
TestContainer 0

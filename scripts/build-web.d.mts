export declare const INITIAL_JS_BUDGET_BYTES: number;
export interface WebSizes {
  entryJsGzip: number;
  firstPageJsGzip: Record<string, number>;
  initialJsGzip: number;
  allJsGzip: number;
  chunks: number;
  cssGzip: number;
}
export declare function buildWeb(opts?: { quiet?: boolean }): Promise<WebSizes>;
export declare function measureWeb(): WebSizes;
export declare function printSizes(sizes: WebSizes): void;

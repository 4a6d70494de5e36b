/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from './generated';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: string; output: string; }
  Decimal: { input: string; output: string; }
};

export type Address = {
  __typename: 'Address';
  betweenStreets?: Maybe<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  municipality?: Maybe<Scalars['String']['output']>;
  neighborhood?: Maybe<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  postalCode: Scalars['String']['output'];
  recipient: Scalars['String']['output'];
  state?: Maybe<Scalars['String']['output']>;
  street: Scalars['String']['output'];
};

export type AttachEvidenceInput = {
  kind: EvidenceKind;
  orderId: Scalars['ID']['input'];
  uploadId: Scalars['ID']['input'];
};

export type CreateInvoiceInput = {
  cfdiUse?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  receiverName?: InputMaybe<Scalars['String']['input']>;
  receiverRfc?: InputMaybe<Scalars['String']['input']>;
};

export type Evidence = {
  __typename: 'Evidence';
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: EvidenceKind;
  uploadedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};

export type EvidenceKind =
  | 'DELIVERY_PHOTO'
  | 'INVOICE';

export type EvidenceSubmission = {
  __typename: 'EvidenceSubmission';
  attempts: Scalars['Int']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  state: EvidenceSubmissionState;
};

export type EvidenceSubmissionState =
  | 'FAILED'
  | 'QUEUED'
  | 'SENT';

export type GenerateGuideInput = {
  carrier?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
  type: ShippingType;
};

export type GenerateOrderInput = {
  allowBackorder?: InputMaybe<Scalars['Boolean']['input']>;
  orderId: Scalars['ID']['input'];
  skuMappings?: InputMaybe<Array<SkuMappingInput>>;
};

export type Invoice = {
  __typename: 'Invoice';
  folio: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  paid: Scalars['Boolean']['output'];
  payments: Array<Payment>;
  pdfUrl?: Maybe<Scalars['String']['output']>;
  receiverRfc: Scalars['String']['output'];
  series: Scalars['String']['output'];
  state: InvoiceState;
  subtotal: Scalars['Decimal']['output'];
  tax: Scalars['Decimal']['output'];
  total: Scalars['Decimal']['output'];
};

export type InvoiceState =
  | 'DRAFT'
  | 'ISSUED';

export type LineIssue = {
  __typename: 'LineIssue';
  code: LineIssueCode;
  itemId: Scalars['ID']['output'];
  sku: Scalars['String']['output'];
};

export type LineIssueCode =
  | 'OUT_OF_STOCK'
  | 'SKU_NOT_REGISTERED';

export type Mutation = {
  __typename: 'Mutation';
  addPayment: Invoice;
  attachEvidence: Evidence;
  cancelOrder: Order;
  createInvoice: Invoice;
  generateGuide: Order;
  generateOrder: Order;
  issueInvoice: Invoice;
  login: Session;
  saveProduct: Product;
  sendEvidence: Order;
  syncOrders: SyncRun;
};


export type MutationAddPaymentArgs = {
  input: PaymentInput;
};


export type MutationAttachEvidenceArgs = {
  input: AttachEvidenceInput;
};


export type MutationCancelOrderArgs = {
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCreateInvoiceArgs = {
  input: CreateInvoiceInput;
};


export type MutationGenerateGuideArgs = {
  input: GenerateGuideInput;
};


export type MutationGenerateOrderArgs = {
  input: GenerateOrderInput;
};


export type MutationIssueInvoiceArgs = {
  invoiceId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSaveProductArgs = {
  input: ProductInput;
};


export type MutationSendEvidenceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
};

export type Order = {
  __typename: 'Order';
  customerName: Scalars['String']['output'];
  evidence: Array<Evidence>;
  evidenceSubmission?: Maybe<EvidenceSubmission>;
  history: Array<OrderEvent>;
  id: Scalars['ID']['output'];
  invoice?: Maybe<Invoice>;
  items: Array<OrderItem>;
  lineIssues: Array<LineIssue>;
  marketplace: Scalars['String']['output'];
  marketplaceOrderId: Scalars['String']['output'];
  nextActions: Array<OrderAction>;
  placedAt: Scalars['DateTime']['output'];
  salesOrder?: Maybe<SalesOrder>;
  shipment?: Maybe<Shipment>;
  shippingAddress: Address;
  shippingType?: Maybe<ShippingType>;
  status: OrderStatus;
  total: Scalars['Decimal']['output'];
  version: Scalars['Int']['output'];
};

export type OrderAction = {
  __typename: 'OrderAction';
  action: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  missing: Array<Scalars['String']['output']>;
};

export type OrderConnection = {
  __typename: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrderEdge = {
  __typename: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

export type OrderEvent = {
  __typename: 'OrderEvent';
  action: Scalars['String']['output'];
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  from?: Maybe<OrderStatus>;
  note?: Maybe<Scalars['String']['output']>;
  source: Scalars['String']['output'];
  to?: Maybe<OrderStatus>;
};

export type OrderFilter = {
  needsAttention?: InputMaybe<Scalars['Boolean']['input']>;
  placedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  placedTo?: InputMaybe<Scalars['DateTime']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  shippingType?: InputMaybe<ShippingType>;
  statuses?: InputMaybe<Array<OrderStatus>>;
};

export type OrderItem = {
  __typename: 'OrderItem';
  id: Scalars['ID']['output'];
  product?: Maybe<Product>;
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  title: Scalars['String']['output'];
  unitPrice: Scalars['Decimal']['output'];
};

export type OrderStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'PENDING'
  | 'SHIPPED';

export type OrderStatusChange = {
  __typename: 'OrderStatusChange';
  at: Scalars['DateTime']['output'];
  from?: Maybe<OrderStatus>;
  order: Order;
  to: OrderStatus;
};

export type OrderStatusCount = {
  __typename: 'OrderStatusCount';
  count: Scalars['Int']['output'];
  status: OrderStatus;
};

export type PageInfo = {
  __typename: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Payment = {
  __typename: 'Payment';
  amount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  method: Scalars['String']['output'];
  paidAt: Scalars['DateTime']['output'];
  reference?: Maybe<Scalars['String']['output']>;
};

export type PaymentInput = {
  amount: Scalars['Decimal']['input'];
  invoiceId: Scalars['ID']['input'];
  method: Scalars['String']['input'];
  paidAt: Scalars['DateTime']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type Product = {
  __typename: 'Product';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  price: Scalars['Decimal']['output'];
  sku: Scalars['String']['output'];
  stock: Scalars['Int']['output'];
};

export type ProductInput = {
  name: Scalars['String']['input'];
  price: Scalars['Decimal']['input'];
  sku: Scalars['String']['input'];
  stock: Scalars['Int']['input'];
};

export type Query = {
  __typename: 'Query';
  me: User;
  order?: Maybe<Order>;
  orderByMarketplaceId?: Maybe<Order>;
  orderStatusCounts: Array<OrderStatusCount>;
  orderWorkflow: Workflow;
  orders: OrderConnection;
  products: Array<Product>;
  syncRuns: Array<SyncRun>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderByMarketplaceIdArgs = {
  marketplaceOrderId: Scalars['String']['input'];
};


export type QueryOrderStatusCountsArgs = {
  filter?: InputMaybe<OrderFilter>;
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySyncRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Role =
  | 'ADMIN'
  | 'INTEGRATOR'
  | 'STAFF';

export type SalesOrder = {
  __typename: 'SalesOrder';
  folio: Scalars['String']['output'];
  generatedAt: Scalars['DateTime']['output'];
  generatedBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type Session = {
  __typename: 'Session';
  token: Scalars['String']['output'];
  user: User;
};

export type Shipment = {
  __typename: 'Shipment';
  carrier: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  labelUrl?: Maybe<Scalars['String']['output']>;
  shippedAt?: Maybe<Scalars['DateTime']['output']>;
  trackingNumber?: Maybe<Scalars['String']['output']>;
  type: ShippingType;
};

export type ShippingType =
  | 'AUTOMATIC'
  | 'MANUAL';

export type SkuMappingInput = {
  productId: Scalars['ID']['input'];
  sku: Scalars['String']['input'];
};

export type Subscription = {
  __typename: 'Subscription';
  orderStatusChanged: OrderStatusChange;
  syncProgress: SyncRun;
};


export type SubscriptionOrderStatusChangedArgs = {
  orderId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<OrderStatus>>;
};


export type SubscriptionSyncProgressArgs = {
  runId?: InputMaybe<Scalars['ID']['input']>;
};

export type SyncRun = {
  __typename: 'SyncRun';
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  ordersCreated: Scalars['Int']['output'];
  ordersSeen: Scalars['Int']['output'];
  ordersUpdated: Scalars['Int']['output'];
  progress: Scalars['Float']['output'];
  startedAt: Scalars['DateTime']['output'];
  state: SyncRunState;
  trigger: Scalars['String']['output'];
};

export type SyncRunState =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type User = {
  __typename: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};

export type Workflow = {
  __typename: 'Workflow';
  statuses: Array<OrderStatus>;
  transitions: Array<WorkflowTransition>;
};

export type WorkflowTransition = {
  __typename: 'WorkflowTransition';
  action: Scalars['String']['output'];
  from: OrderStatus;
  requirements: Array<Scalars['String']['output']>;
  to: OrderStatus;
};

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { __typename: 'Session', token: string, user: { __typename: 'User', id: string, email: string, role: Types.Role } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { __typename: 'User', id: string, email: string, role: Types.Role } };

export type OrderStatusCountsQueryVariables = Exact<{
  filter?: Types.OrderFilter | null | undefined;
}>;


export type OrderStatusCountsQuery = { orderStatusCounts: Array<{ __typename: 'OrderStatusCount', status: Types.OrderStatus, count: number }> };

export type OrderSummaryFragment = { __typename: 'Order', id: string, marketplaceOrderId: string, status: Types.OrderStatus, placedAt: string, customerName: string, total: string, shippingType: Types.ShippingType | null, version: number };

export type OrdersQueryVariables = Exact<{
  filter?: Types.OrderFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrdersQuery = { orders: { __typename: 'OrderConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'OrderEdge', cursor: string, node: { __typename: 'Order', id: string, marketplaceOrderId: string, status: Types.OrderStatus, placedAt: string, customerName: string, total: string, shippingType: Types.ShippingType | null, version: number } }> } };

export const OrderSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"marketplaceOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OrderSummaryFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const OrderStatusCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderStatusCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderStatusCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<OrderStatusCountsQuery, OrderStatusCountsQueryVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"marketplaceOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"shippingType"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;